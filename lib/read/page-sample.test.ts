// @vitest-environment jsdom
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../cli/opp-check';
import { ReportSchema } from '../contract';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../check-page';
import { pageSample, sampleAddress } from './page-sample';
import { OPP_TERMS } from '../terms/opp-terms';
import { ARRANGEMENT_TERMS } from '../terms/parnassys-terms';
import { PUPIL_TERMS } from '../terms/pupil-terms';
import { SETTINGS_TERMS } from '../terms/settings-terms';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/opp/h-sensitive.html');
const URL_WITH_QUERY = 'https://wijs-demo.topdossier.nl/Dossier/4711/Opp?leerling=Mila+Yilmaz&bsn=123456782';
const SECRETS = ['Mila', 'Yılmaz', 'Yilmaz', '23-01-2017', '123456782', 'Oudegracht', '3511', 'Ayşe', 'Kemal', 'IQ 71', 'ADHD', 'autisme', 'ASS', 'detentie', 'Fatma', 'Dolfijn', 'methylfenidaat', 'Jansen', 'WISC', '4711', '40%'];

function load(html: string, url: string) {
  return new JSDOM(html, { url }).window.document;
}

describe('pageSample', () => {
  const doc = load(readFileSync(FIXTURE, 'utf8'), URL_WITH_QUERY);
  // What the user typed counts too, not only what the page was served with.
  (doc.querySelector('textarea[name=hr]') as HTMLTextAreaElement).value = 'Mila zegt dat ze ADHD-medicatie vervelend vindt.';
  const sample = pageSample(doc, URL_WITH_QUERY, [OPP_TERMS, SETTINGS_TERMS, ARRANGEMENT_TERMS, PUPIL_TERMS]);

  it('holds none of the names, dates, numbers or diagnoses on the page', () => {
    for (const secret of SECRETS) expect(sample, secret).not.toContain(secret);
  });

  it('still reads as the same OPP, with the same parts found and filled or empty', () => {
    const original = checkPage(doc, { url: URL_WITH_QUERY, today: '2026-11-28', loaded: true }).report;
    const file = join(mkdtempSync(join(tmpdir(), 'sample-')), 'paginastructuur.html');
    writeFileSync(file, sample);
    const cli = run([file, '--json', '--today', '2026-11-28']);
    const again = ReportSchema.parse(JSON.parse(cli.out));
    expect(again.page).toBe('opp');
    expect(again.app).toBe('topdossier');
    const statuses = (r: typeof original) =>
      Object.fromEntries(r.findings.filter((f) => ['opp.factoren', 'opp.handelingsdeel', 'opp.uitstroomprofiel', 'opp.onderbouwing', 'opp.hoorrecht'].includes(f.rule)).map((f) => [f.rule, f.status]));
    expect(statuses(again)).toEqual(statuses(original));
  });

  it('keeps the labels the dictionaries know, and no address query', () => {
    expect(sample).toContain('Belemmerende factoren');
    expect(sample).toContain('Onderbouwing uitstroomprofiel');
    expect(sample).toContain('<base href="https://wijs-demo.topdossier.nl/Dossier/0000/Opp">');
  });
});

it('drops the query and record numbers from an address', () => {
  expect(sampleAddress('https://x.parnassys.net/bao/leerling/123?4-1.ILinkListener')).toBe('https://x.parnassys.net/bao/leerling/000');
});
