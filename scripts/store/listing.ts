/**
 * The store listings (Chrome Web Store and addons.mozilla.org), Dutch and English, made from the
 * locale files so the stores say what the extension says. `npx tsx scripts/store/listing.ts`
 * writes store/listing.<lang>.md; test/store-listing.test.ts fails when a committed file differs
 * from what the locales give, or a text is longer than a store takes.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, LANGUAGES, type Lang } from '../../lib/i18n';
import '../../lib/i18n-ui';
import { HOST_PERMISSIONS } from '../../wxt.config';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Store limits: the Chrome Web Store's summary (the manifest description) is at most 132 characters; AMO's summary 250. */
export const LIMITS = { chromeSummary: 132, amoSummary: 250 };

export const screenshots = () => readdirSync(join(ROOT, 'store/screenshots')).filter((f) => f.endsWith('.png')).sort();

export function listing(lang: Lang): string {
  const nl = lang === 'nl';
  const shots = screenshots().map((f) => `- \`store/screenshots/${f}\``).join('\n');
  return `<!-- Made by scripts/store/listing.ts from locales/${lang}.ui.json: edit the locales, not this file. -->
# OPP-wijzer: ${nl ? 'teksten voor de stores' : 'store listing'} (${lang})

## ${nl ? 'Samenvatting' : 'Summary'} (Chrome Web Store ≤ ${LIMITS.chromeSummary}, AMO ≤ ${LIMITS.amoSummary})

${t(lang, 'store.summary')}

## ${nl ? 'Beschrijving' : 'Description'}

${t(lang, 'store.description')}

## ${nl ? 'Schermafbeeldingen' : 'Screenshots'} (1280×800, ${nl ? 'gemaakt door de e2e-testrun' : 'made by the e2e run'})

${shots}

## ${nl ? 'Privacy (Chrome Web Store: tabblad Privacy-praktijken)' : 'Privacy (Chrome Web Store: Privacy practices tab)'}

| ${nl ? 'vraag' : 'question'} | ${nl ? 'antwoord' : 'answer'} |
| --- | --- |
| ${nl ? 'Enig doel' : 'Single purpose'} | ${t(lang, 'store.single-purpose')} |
| \`storage\` | ${t(lang, 'store.permission.storage')} |
| ${nl ? 'Hosttoegang' : 'Host permissions'} (${HOST_PERMISSIONS.map((h) => `\`${h}\``).join(', ')}) | ${t(lang, 'store.permission.hosts')} |
| ${nl ? 'Code van buiten (remote code)' : 'Remote code'} | ${t(lang, 'store.remote-code')} |
| ${nl ? 'Gegevensgebruik' : 'Data usage'} | ${t(lang, 'store.data-use')} |

## addons.mozilla.org

- ${nl ? 'Gegevensverzameling: `data_collection_permissions` = `none` in de manifest.' : 'Data collection: `data_collection_permissions` = `none` in the manifest.'}
- ${nl ? 'Broncode: de zip `opp-wijzer-<versie>-sources.zip` uit `npm run release` (de build is gebundeld); bouwen met `npm ci && npm run zip`.' : 'Source code: the zip `opp-wijzer-<version>-sources.zip` from `npm run release` (the build is bundled); build with `npm ci && npm run zip`.'}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const lang of LANGUAGES) writeFileSync(join(ROOT, 'store', `listing.${lang}.md`), listing(lang));
}
