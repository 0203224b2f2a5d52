import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHtml } from './cli/check-html.ts';
import { readPupil } from './lib/read/pupil-reader.ts';
import { isSkip } from './test/variants/facts.ts';
import { FAMILIES } from './test/variants/families/index.ts';
import { EXTRA_CASES, FIXTURE_FACTS } from './test/variants/fixture-facts.ts';
const URL_OF = { parnassys: 'https://wijs.parnassys.net/bao/leerling?7-1.ILinkListener-content', topdossier: 'https://wijs-demo.topdossier.nl/app?5' };
const cases = [...Object.entries(FIXTURE_FACTS).map(([name, facts]) => { const e = JSON.parse(readFileSync(join('test/fixtures', `${name}.expected.json`), 'utf8')); return { name, facts, page: e.page, findings: e.findings }; }), ...EXTRA_CASES];
const only = process.argv[2]; const fam = process.argv[3];
let bad = 0;
for (const c of cases) for (const f of FAMILIES) {
  if (only && !c.name.includes(only)) continue; if (fam && f.id !== fam) continue;
  const html = f.render(c.facts as any); if (isSkip(html)) continue;
  const app = c.facts.kind === 'settings' ? 'topdossier' : 'parnassys';
  const check = checkHtml(html, { url: (URL_OF as any)[app], today: '2026-11-28' });
  const got = Object.fromEntries(check.report.findings.map((x) => [x.rule, x.status]));
  const p = c.facts.kind !== 'settings' ? readPupil(check.document) : null;
  const pupilOk = c.facts.kind === 'settings' || (p && p.birth.split('-').reverse().join('-') === (c.facts as any).pupil.birth);
  const ok = check.report.page === c.page && JSON.stringify(got) === JSON.stringify(c.findings) && pupilOk;
  if (!ok) { bad++; console.log(`${c.name} × ${f.id}: page ${check.report.page}/${c.page} ${JSON.stringify(got)} want ${JSON.stringify(c.findings)} pupil ${p ? p.name + ' ' + p.birth : null}`); if (process.env.HTML) console.log(html); }
}
console.log('bad', bad);
