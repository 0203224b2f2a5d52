import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicy } from '../settings/policy';
import { teachableParts, teachableArrangementParts, teachableSettingsParts } from './teachable';
import { addTaught, loadTaught, mergeWithPolicy, policySnippet, removeTaught, toStored, TAUGHT_VERSION, type TaughtLabel } from './taught-format';

const label = (text: string, part: Extract<TaughtLabel, { dictionary: 'opp' }>['part'] = 'uitstroom', at = 1): TaughtLabel => ({ dictionary: 'opp', part, label: text, at });

describe('taught labels', () => {
  it('teaching a label again for another part replaces its meaning, never keeps two', () => {
    const once = addTaught([], label('Route na de basisschool'));
    const again = addTaught(once, label('route na de  basisschool:', 'onderbouwing', 2));
    expect(again).toEqual([label('route na de  basisschool:', 'onderbouwing', 2)]);
  });
  it('forgets a label by its text, whatever its case', () => {
    expect(removeTaught([label('Route na de basisschool'), label('Toelichting bij de keuze', 'onderbouwing')], 'ROUTE NA DE BASISSCHOOL')).toEqual([label('Toelichting bij de keuze', 'onderbouwing')]);
  });
  it('reads what it wrote, skips an unreadable entry, leaves a newer format alone', () => {
    const stored = toStored([label('Route na de basisschool')]);
    expect(loadTaught(stored)).toEqual({ kind: 'ok', labels: [label('Route na de basisschool')], unreadable: 0 });
    expect(loadTaught({ version: TAUGHT_VERSION, labels: [label('Route na de basisschool'), { part: 'x' }] })).toMatchObject({ kind: 'ok', unreadable: 1 });
    expect(loadTaught({ version: TAUGHT_VERSION + 1, labels: [] })).toEqual({ kind: 'newer', version: TAUGHT_VERSION + 1 });
  });
  it('makes a policy snippet the board policy accepts as it is', () => {
    const snippet = policySnippet([label('Route na de basisschool'), label('Toelichting bij de keuze', 'onderbouwing')]);
    expect(snippet).toEqual({ oppSynonyms: { uitstroom: ['Route na de basisschool'], onderbouwing: ['Toelichting bij de keuze'] } });
    expect(validatePolicy(snippet, [])).toEqual({ policy: snippet, problems: [] });
  });
  it('ParnasSys arrangement fields go under parnassysSynonyms, which the policy accepts too', () => {
    const snippet = policySnippet([{ dictionary: 'parnassys', part: 'begin', label: 'Aanvang', at: 1 }, label('Route na de basisschool')]);
    expect(snippet).toEqual({ parnassysSynonyms: { begin: ['Aanvang'] }, oppSynonyms: { uitstroom: ['Route na de basisschool'] } });
    expect(validatePolicy(snippet, []).problems).toEqual([]);
  });
  it('the board wins: a taught label the policy names too is overruled', () => {
    const merged = mergeWithPolicy([label('Route na de basisschool'), label('Toelichting bij de keuze', 'onderbouwing')], { oppSynonyms: { hoorrecht: ['Route na de basisschool'] } });
    expect(merged.overruled.map((l) => l.label)).toEqual(['Route na de basisschool']);
    expect(merged.inForce.map((l) => l.label)).toEqual(['Toelichting bij de keuze']);
  });

  it('every part a user can teach is in Chrome\'s managed schema, so the snippet survives as a real policy', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as { properties: Record<string, { properties: Record<string, unknown> }> };
    const review = (rule: string) => ({ rule, status: 'review' as const, message: '', evidence: [] });
    const opp = ['opp.factoren', 'opp.handelingsdeel', 'opp.instemming', 'opp.uitstroomprofiel', 'opp.onderbouwing', 'opp.hoorrecht', 'opp.evaluatie', 'opp.termijn'].flatMap((r) => teachableParts(review(r), false) ?? []);
    const missing = [
      ...opp.filter((p) => !(p in schema.properties.oppSynonyms!.properties)),
      ...(teachableArrangementParts(review('rod.arrangement'), 'arrangements') ?? []).filter((p) => !(p in schema.properties.parnassysSynonyms!.properties)),
      ...['settings.2fa', 'settings.bewaartermijn'].flatMap((r) => teachableSettingsParts(review(r)) ?? []).filter((p) => !(p in schema.properties.settingsSynonyms!.properties)),
    ];
    expect(opp.length).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });
});
