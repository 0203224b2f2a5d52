/**
 * Property tests: no page, however malformed, makes a reader throw or breaks the contract,
 * and a complete OPP stays free of false fails whatever its markup's incidental details.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/check-page';
import { ReportSchema } from '../../lib/contract';
import { canonicalName } from '../../lib/privacy/pupil-key';
import { readPupil } from '../../lib/read/pupil-reader';
import { isSkip } from '../variants/facts';
import { FAMILIES } from '../variants/families';
import { FIXTURE_FACTS } from '../variants/fixture-facts';
import { apply, change, type Change } from './markup-changes';

const FIX = join(import.meta.dirname, '../fixtures');
const TODAY = '2026-11-28';
const URLS = ['https://a.topdossier.nl/opp/1', 'https://a.parnassys.net/bao/x?1-1.ILinkListener', 'https://example.org/', undefined];

const WORDS = ['Hoorrecht', 'Handelingsdeel', 'Uitstroomprofiel', 'Onderbouwing', 'Belemmerende factoren', 'Instemming', 'Evaluatie', 'Begindatum', 'Einddatum',
  '2FA', 'Bewaartermijnen', 'ja', 'nee', 'n.v.t.', '31-02-2026', '01-09-2025', '1 september 2026', 'Ontwikkelingsperspectief', 'OPP', 'geboren 04-07-2017', 'Kentalis', 'Opslaan', '', '<', '&amp;', '"\'', '💥'];
const TAGS = ['div', 'span', 'p', 'table', 'tr', 'td', 'th', 'label', 'input', 'textarea', 'select', 'option', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'fieldset', 'legend', 'section', 'b', 'iframe', 'form', 'button'];
const ATTRS = ['', ' id="x"', ' for="x"', ' aria-labelledby="x y"', ' role="switch" aria-checked="true"', ' contenteditable', ' hidden', ' name="ctl00$Main$txtHoorrecht"', ' value="ja"', ' selected', ' checked', ' type="radio" name="r"', ' colspan="3"', ' aria-label="Hoorrecht"'];

/** Random HTML, often malformed: unclosed and misnested tags, stray text, odd attributes. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...WORDS),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attr, children, close]) => `<${tag}${attr}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

describe('any page', () => {
  it('never makes a reader throw, and always gives a valid findings contract', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 12 }), fc.constantFrom(...URLS), fc.constantFrom('', '<title>OPP</title>', '<title>Schoolinstellingen</title>'), (parts, url, head) => {
        const dom = new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${parts.join('')}</body></html>`, { url: url ?? 'about:blank' });
        const { report } = checkPage(dom.window.document, { url, today: TODAY, loaded: true });
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(new Set(report.findings.map((f) => f.rule)).size).toBe(report.findings.length);
        dom.window.close();
      }),
      { numRuns: 300 },
    );
    // 300 jsdom pages take about 5 s on a shared 2-core machine: the limit is for hangs, not speed.
  }, 60_000);
});

/** Complete OPPs, whose every rule passes or is n/a or review (never fail) as written. */
const COMPLETE = ['opp/a-wicket-table.html', 'opp/b-label-form.html', 'opp/c-print-view.html'].map((f) => readFileSync(join(FIX, f), 'utf8'));

describe('a complete OPP', () => {
  it.each(COMPLETE.map((h, i) => [i, h] as const))('stays free of fails under incidental markup changes (%i)', (_, source) => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const dom = new JSDOM(source, { url: 'https://a.topdossier.nl/opp/1' });
        for (const c of changes) apply(dom.window.document, c);
        const { report } = checkPage(dom.window.document, { url: 'https://a.topdossier.nl/opp/1', today: TODAY, loaded: true });
        expect(report.page).toBe('opp');
        expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toEqual([]);
        dom.window.close();
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

/**
 * ParnasSys and settings pages without a fail, in the fixtures' markup and in every family
 * of the variant corpus: incidental changes never make a fail, nor change who the pupil is.
 */
const CALM: { name: string; html: string; url: string }[] = [
  ...['parnassys/ps-passend-een', 'parnassys/ps-passend-leeg', 'parnassys/ps-passend-written', 'parnassys/ps-kaart', 'parnassys/ps-rod-bericht', 'settings/s-select-table-on', 'settings/s-toggle'].map((name) => ({
    name,
    html: readFileSync(join(FIX, `${name}.html`), 'utf8'),
    url: name.startsWith('settings') ? 'https://a.topdossier.nl/instellingen' : 'https://a.parnassys.net/bao/x?1-1.ILinkListener',
  })),
  ...FAMILIES.flatMap((family) =>
    (['parnassys/ps-passend-een', 'parnassys/ps-passend-leeg', 'settings/s-select-table-on'] as const).flatMap((name) => {
      const rendered = family.render(FIXTURE_FACTS[name]!);
      return isSkip(rendered) ? [] : [{ name: `${name} × ${family.id}`, html: rendered, url: name.startsWith('settings') ? 'https://a.topdossier.nl/app' : 'https://a.parnassys.net/bao/x?2' }];
    }),
  ),
];

describe('a ParnasSys or settings page without a fail', () => {
  it.each(CALM.map((c) => [c.name, c] as const))('stays free of fails and keeps its pupil under incidental markup changes: %s', (_, page) => {
    const read = (changes: Change[]) => {
      const dom = new JSDOM(page.html, { url: page.url });
      for (const c of changes) apply(dom.window.document, c);
      const { report } = checkPage(dom.window.document, { url: page.url, today: TODAY, loaded: true });
      const pupil = readPupil(dom.window.document);
      dom.window.close();
      return { report, pupil: pupil && `${canonicalName(pupil.name)}|${pupil.birth}` };
    };
    const original = read([]);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const { report, pupil } = read(changes);
        expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toEqual([]);
        expect(pupil).toBe(original.pupil);
      }),
      { numRuns: 25 },
    );
    // 25 jsdom pages can take seconds on a shared 2-core machine: the limit is for hangs, not speed.
  }, 60_000);
});
