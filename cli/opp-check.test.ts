import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../lib/contract';
import { run } from './opp-check';

const ROOT = resolve(import.meta.dirname, '..');
const FIX = join(ROOT, 'test/fixtures/opp');
const tmp = mkdtempSync(join(tmpdir(), 'opp-check-'));

function temp(name: string, content: string | Buffer): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

// Each test starts node with tsx and jsdom: seconds on a loaded machine, so not the default 5 s limit (no speed is tested).
describe('opp-check through npx (the real bin)', { timeout: 30_000 }, () => {
  const bin = (...args: string[]) => spawnSync('node', [join(ROOT, 'bin/opp-check.mjs'), ...args], { encoding: 'utf8' });

  it('exits 1 and prints a Dutch checklist when a part is missing', () => {
    const r = bin(join(FIX, 'a-empty-hoorrecht.html'), '--today', '2026-11-28');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✘ Ontbreekt');
    expect(r.stdout).toContain('Niet beschreven hoe de mening van de leerling is meegenomen');
    expect(r.stdout).toMatch(/2 ontbreekt, 0 controleren, 7 in orde/);
  });

  it('exits 0 on a complete OPP', () => {
    expect(bin(join(FIX, 'a-wicket-table.html'), '--today', '2026-11-28').status).toBe(0);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const r = bin(join(tmp, 'bestaat-niet.html'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`opp-check: bestand niet gevonden: ${join(tmp, 'bestaat-niet.html')}`]);
  });
});

describe('opp-check', () => {
  it('prints the findings contract with --json', () => {
    const r = run([join(FIX, 'c-missing-parts.html'), '--json', '--today', '2026-11-28']);
    const report = ReportSchema.parse(JSON.parse(r.out));
    expect(report).toMatchObject({ app: 'topdossier', page: 'opp' });
    expect(report.findings.find((f) => f.rule === 'opp.hoorrecht')?.status).toBe('review');
    expect(r.code).toBe(0);
  });

  it('takes the app from --url over the page itself', () => {
    const r = run([join(FIX, 'd-parnassys-opp-module.html'), '--json', '--url', 'https://wijs.parnassys.net/bao/x?3-1.0-', '--today', '2026-11-28']);
    expect(JSON.parse(r.out).app).toBe('parnassys');
  });

  it('takes the address from the page: base href, canonical link or og:url', () => {
    for (const head of [
      '<base href="https://a.topdossier.nl/x">',
      '<link rel="canonical" href="https://a.topdossier.nl/x">',
      '<meta property="og:url" content="https://a.topdossier.nl/x">',
    ]) {
      const file = temp('addr.html', `<html><head>${head}</head><body><p>x</p></body></html>`);
      expect(JSON.parse(run([file, '--json']).out).app).toBe('topdossier');
    }
  });

  it('speaks English with --lang en', () => {
    const r = run([join(FIX, 'a-empty-hoorrecht.html'), '--lang', 'en', '--today', '2026-11-28']);
    expect(r.out).toContain('✘ Missing');
  });

  it.each([
    ['an empty file', () => temp('leeg.html', ''), 'bestand is leeg'],
    ['white space only', () => temp('spatie.html', '  \n '), 'bestand is leeg'],
    ['a binary file', () => temp('plaatje.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), 'geen HTML-pagina'],
    ['plain text', () => temp('notitie.txt', 'Dit is een notitie over het OPP.'), 'geen HTML-pagina'],
  ])('exits 2 on %s, with a clear message', (_, make, words) => {
    const r = run([make()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it.each([
    [['--today', '28-11-2026'], 'geen geldige datum'],
    [['--today', '2026-02-30'], 'geen geldige datum'],
    [['--url', 'niet een adres'], 'geen geldig adres'],
    [['--lang', 'de'], 'onbekende taal'],
    [['--verbose'], 'onbekende optie'],
    [['--today'], 'heeft een waarde nodig'],
  ])('exits 2 on bad options %j', (args, words) => {
    const r = run([join(FIX, 'a-wicket-table.html'), ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
  });

  it('explains its use when no file is given', () => {
    expect(run([]).err).toContain('gebruik: opp-check');
  });
});
