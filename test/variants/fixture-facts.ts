/**
 * The facts of each ParnasSys and settings fixture (test/fixtures/), written out once, so
 * every markup family renders the same page; the verdicts expected are the fixture's own
 * `*.expected.json`. Extra cases give other pupils, for the identity shapes.
 */
import type { PageFacts, Pupil } from './facts';

export const LOTTE: Pupil = { name: 'Lotte Bakker', birth: '04-07-2017', group: '7' };
const CARD = [['Roepnaam', 'Lotte'], ['Groep', '7']] as const;
const ROD_DETAILS = [['Onderwijsnummer', '(niet getoond)'], ['Inschrijvingsdatum', '01-08-2024']] as const;

/** Fixture name (its expected.json) → the facts of that page. */
export const FIXTURE_FACTS: Record<string, PageFacts> = {
  'parnassys/ps-form': { kind: 'form', pupil: LOTTE },
  'parnassys/ps-kaart': { kind: 'student', pupil: LOTTE, details: CARD },
  'parnassys/ps-kaart-kentalis': { kind: 'student', pupil: LOTTE, details: [...CARD, ['Bijzonderheden', 'Arrangement Kentalis (cluster 2), ambulante begeleiding']] },
  'parnassys/ps-passend-baddate': { kind: 'arrangements', pupil: LOTTE, rows: [{ begin: '31-02-2026', end: '', opmerkingen: 'SWV' }] },
  'parnassys/ps-passend-blocks': {
    kind: 'arrangements', pupil: LOTTE, rows: [{ begin: '01-08-2024', end: '31-07-2026', opmerkingen: 'Arrangement SWV' }], documents: ['OPP 2025.pdf'],
  },
  'parnassys/ps-passend-een': { kind: 'arrangements', pupil: LOTTE, rows: [{ begin: '01-10-2025', end: '', opmerkingen: 'SWV-arrangement taal' }] },
  'parnassys/ps-passend-leeg': { kind: 'arrangements', pupil: LOTTE, rows: [] },
  'parnassys/ps-passend-leeg-otv': { kind: 'arrangements', pupil: LOTTE, rows: [], note: 'Let op: onderwijstijdverkorting (advies leerplicht).' },
  'parnassys/ps-passend-overlap': {
    kind: 'arrangements', pupil: LOTTE,
    rows: [{ begin: '01-08-2025', end: '31-07-2026', opmerkingen: 'Kentalis cluster 2' }, { begin: '01-01-2026', end: '', opmerkingen: 'SWV-arrangement' }],
  },
  'parnassys/ps-passend-written': {
    kind: 'arrangements', pupil: LOTTE,
    rows: [{ begin: '1 september 2025', end: '31 juli 2027', opmerkingen: 'Arrangement SWV' }, { begin: '1-8-24', end: '31-7-25', opmerkingen: 'Eerder arrangement' }],
  },
  'parnassys/ps-rod-bericht': { kind: 'rod', pupil: LOTTE, details: ROD_DETAILS, perspective: { begin: '01-10-2025', end: '' } },
  'parnassys/ps-rod-bericht-zonder': { kind: 'rod', pupil: LOTTE, details: ROD_DETAILS, perspective: null },
  'settings/s-onbekend': {
    kind: 'settings',
    twoFa: { kind: 'choice', label: 'Inloggen met een extra code', options: ['Ja', 'Nee'], chosen: 'Ja' },
    retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Automatisch' },
  },
  'settings/s-radios': {
    kind: 'settings',
    twoFa: { kind: 'choice', label: 'Twee-factor-authenticatie', options: ['Ja', 'Nee'], chosen: 'Nee' },
    retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Automatisch' },
  },
  'settings/s-readonly-missing': { kind: 'settings', twoFa: { kind: 'text', label: '2FA', value: 'Uit' }, retention: null },
  'settings/s-select-table-off': {
    kind: 'settings',
    twoFa: { kind: 'choice', label: '2FA verplicht voor medewerkers', options: ['Ja', 'Nee'], chosen: 'Nee' },
    retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Handmatig' },
  },
  'settings/s-select-table-on': {
    kind: 'settings',
    twoFa: { kind: 'choice', label: '2FA verplicht voor medewerkers', options: ['Ja', 'Nee'], chosen: 'Ja' },
    retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Automatisch' },
  },
  'settings/s-toggle': {
    kind: 'settings',
    twoFa: { kind: 'switch', label: 'Tweestapsverificatie', on: true },
    retention: { kind: 'text', label: 'Bewaartermijnen', value: 'automatisch (5 jaar na uitschrijving)' },
  },
  'settings/s-unreadable-value': {
    kind: 'settings',
    twoFa: { kind: 'choice', label: '2FA', options: ['Ja', 'Nee'], chosen: null },
    retention: { kind: 'text', label: 'Bewaartermijn leerlingen', value: 'Niet automatisch, handmatig beheren' },
  },
};

/** Options whose labels explain them: the words after the option's name are no value. */
const EXPLAINED_2FA = { Ja: 'Ja — medewerkers loggen in met wachtwoord én code', Nee: 'Nee — alleen met wachtwoord (niet aangeraden)' };
const EXPLAINED_RETENTION = {
  Automatisch: 'Automatisch — gegevens worden 5 jaar na uitschrijving gewist',
  Handmatig: 'Handmatig — de school verwijdert zelf; niets gaat automatisch',
};

export interface ExtraCase {
  name: string;
  facts: PageFacts;
  page: string;
  findings: Record<string, string>;
  /** The pupil's OPP was opened in Topdossier before: OPP-wijzer knows it. */
  oppKnown?: true;
  /** For a pair: the name both pages of the pair share (an empty list beside a running arrangement). */
  pair?: string;
}

/** Pupils written as schools write them: particles, double names, diacritics, capitals in the surname's first letter only. */
const PAIR_PUPILS = [
  { name: 'Noor van Dijk', birth: '14-03-2017', group: '5' },
  { name: 'Zoë Jansen-de Vries', birth: '02-11-2015', group: '7' },
  { name: 'Jérôme El Amrani', birth: '30-06-2016', group: '6' },
  { name: 'Fleur van den Heuvel', birth: '08-11-2016', group: '6' },
];

/**
 * Issue #22's pairs: each pupil's Passend onderwijs page once with no running arrangement (none
 * at all, or only ended ones) and once with a running one, with the OPP known from Topdossier.
 * The empty page must be red, the running one clean, in every family.
 */
const PAIR_CASES: ExtraCase[] = PAIR_PUPILS.flatMap((pupil, i) => {
  const key = pupil.name.toLowerCase().replace(/[^a-z]+/g, '-');
  const ended = { begin: '01-08-2024', end: '11-07-2025', opmerkingen: 'Eerder arrangement SWV' };
  const running = i % 2 ? { begin: '01-10-2026', end: '', opmerkingen: 'Arrangement SWV' } : { begin: '01-10-2026', end: '31-07-2027', opmerkingen: 'Arrangement SWV' };
  const noRows = i === 1 ? [ended] : [];
  return [
    { name: `pair/${key}-leeg`, pair: key, oppKnown: true, facts: { kind: 'arrangements', pupil, rows: noRows }, page: 'arrangements', findings: { 'rod.arrangement': 'fail', 'rod.einddatum': noRows.length ? 'pass' : 'n/a', 'rod.overlap': noRows.length ? 'pass' : 'n/a' } },
    { name: `pair/${key}-lopend`, pair: key, oppKnown: true, facts: { kind: 'arrangements', pupil, rows: [...noRows, running] }, page: 'arrangements', findings: { 'rod.arrangement': 'pass', 'rod.einddatum': running.end ? 'pass' : 'review', 'rod.overlap': 'pass' } },
  ] satisfies ExtraCase[];
});

/** Cases beyond the fixtures: other pupils (tussenvoegsel, accents) and explained options. */
export const EXTRA_CASES: ExtraCase[] = [
  ...PAIR_CASES,
  {
    name: 'extra/leeg-de-boer',
    facts: { kind: 'arrangements', pupil: { name: 'Anouk de Boer', birth: '12-01-2017', group: '6' }, rows: [] },
    page: 'arrangements',
    findings: { 'rod.arrangement': 'n/a', 'rod.einddatum': 'n/a', 'rod.overlap': 'n/a' },
  },
  {
    name: 'extra/leeg-celik',
    facts: { kind: 'arrangements', pupil: { name: 'Zoë Çelik', birth: '22-10-2015', group: '8' }, rows: [], note: 'Arrangement Auris (cluster 2) aangevraagd.' },
    page: 'arrangements',
    findings: { 'rod.arrangement': 'fail', 'rod.einddatum': 'n/a', 'rod.overlap': 'n/a' },
  },
  {
    name: 'extra/settings-explained-manual-off',
    facts: {
      kind: 'settings',
      twoFa: { kind: 'choice', label: 'Tweestapsverificatie voor medewerkers', options: ['Ja', 'Nee'], chosen: 'Nee', explain: EXPLAINED_2FA },
      retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Handmatig', explain: EXPLAINED_RETENTION },
    },
    page: 'settings',
    findings: { 'settings.2fa': 'fail', 'settings.bewaartermijn': 'fail' },
  },
  {
    name: 'extra/settings-explained-auto-on',
    facts: {
      kind: 'settings',
      twoFa: { kind: 'choice', label: 'Tweestapsverificatie voor medewerkers', options: ['Ja', 'Nee'], chosen: 'Ja', explain: EXPLAINED_2FA },
      retention: { kind: 'choice', label: 'Bewaartermijnen', options: ['Automatisch', 'Handmatig'], chosen: 'Automatisch', explain: EXPLAINED_RETENTION },
    },
    page: 'settings',
    findings: { 'settings.2fa': 'pass', 'settings.bewaartermijn': 'pass' },
  },
];
