/**
 * The cheap first test every text on a page gets: does it hold a word that some dictionary
 * entry needs? Only texts that pass are folded and matched in full, which keeps reading a
 * page close to the cost of walking its text once (bench/).
 *
 * The list must never miss: a label it skips is a part reported missing. A property test
 * (label-keywords.test.ts) generates strings from every dictionary's patterns and proves
 * each one passes. Add a stem here when you add a term there.
 *
 * Stems are tested on the raw text, case-insensitive; a text with letters outside ASCII is
 * folded first (diacritics off), so most texts are never folded at all.
 */
import { fold } from '../text';
import type { Term } from '../terms/term';

/** The dictionaries a page check may read with; each check names its own (lib/check/). */
export type Dictionary = 'opp' | 'settings' | 'pupil' | 'arrangement';
/** The longest text read as a label: a longer one is what a part says, not what it is called. */
export const MAX_LABEL = 90;

export const ALL_DICTIONARIES: readonly Dictionary[] = ['opp', 'settings', 'pupil', 'arrangement'];

/** Stems, one or more per dictionary entry. */
const STEMS: Record<Dictionary, readonly string[]> = {
  // Dates, factors, handelingsdeel, consent, uitstroom, onderbouwing, hoorrecht, evaluation, OTV (opp-terms.ts).
  opp: [
    'inschrijv', 'inschrijf', 'ingeschreven', 'instroom', 'vastst', 'vastgest', 'datum', 'bijgest', 'bijstel', 'herzien',
    'ondersteuning', 'arrangement', 'uitstroom', 'perspectief', 'ambitie', 'evalu', 'gezag',
    'instemming', 'akkoord', 'ondertekening', 'handtekening', 'toestemming', 'ouders', 'ingestemd',
    'hoorrecht', 'leerling', 'onderbouwing', 'motivatie', 'toelichting', 'argumentatie', 'factoren',
    'belemmerend', 'bevorderend', 'stimulerend', 'onderwijstijd', 'variawet', 'uren', 'opbouw',
    'toegroei', 'volledig', 'afbouw', 'terugkeer', 'uitbreiding', 'reden', 'waarom', 'noodzaak',
    'programma', 'aanbod', 'maatwerk', 'handelings', 'aanpak', 'begeleid',
    // Public formats' words (term-sources.ts): the pupil's voice asked as a question, "te verwachten niveau".
    'motivering', 'zienswijze', 'kind', '(hoe|wat) (denk|vind|wil|zeg|voel) (jij|je)', 'verwachten',
    'mening', 'inbreng', 'hoe (is|zijn|werd|werden) ', 'wat (vindt|wil|zegt|vond|wilde) ', 'stem van', 'visie van', 'hoe kijkt',
    'opgesteld', 'aanmelding', 'ondersteuningsbehoefte', 'wens',
  ],
  // 2FA and bewaartermijnen (settings-terms.ts).
  settings: ['2-?fa', 'twee', 'two', '2-staps', 'bewaartermijn', 'verwijderen'],
  // Birth date in a label or a header line ("geboren", "geb.", pupil-terms.ts).
  pupil: ['geb', 'birth', 'voorna', 'roepnaam', 'achternaam', 'tussenvoegsel', 'voorvoegsel', 'geslachtsnaam', 'familienaam', 'surname', 'first ?name', 'last ?name', 'given name'],
  arrangement: [],
};

/**
 * Labels that name a part only when they are the whole text ("Groep", "Van", "T/m"),
 * decoration allowed: as stems, such common words would pick half the page.
 */
const WHOLE_LABELS: Record<Dictionary, readonly string[]> = {
  opp: [],
  settings: [],
  // Name and group (pupil-reader.ts).
  pupil: ['naam( leerling| van de leerling)?', 'leerling(naam)?', 'volledige naam', 'name', 'student', 'pupil', '(jaar|stam)?groep', 'group', 'klas'],
  // ParnasSys' arrangement labels, all whole (parnassys-terms.ts).
  arrangement: [
    'begindatum', 'ingangsdatum', 'startdatum', 'datum (begin|ingang|start)', 'van', 'vanaf', 'begin', 'start', 'ingang', 'periode', 'looptijd',
    'geldig (van|tot)', 'geldigheid', 'einddatum', 'datum einde', 'eind', 'einde', 'afloopdatum', 'datum afloop', 'vervaldatum', 'beeindigd op', 'stopdatum',
    'tot( en met)?', 't\\/m', 'opmerkingen?', 'omschrijving', 'toelichting', 'arrangement', 'soort( arrangement)?', 'type( arrangement)?',
    'onderwijsarrangement', '(ambulant )?begeleider', 'samenwerkingsverband', 'swv', 'status', 'stand',
  ],
};

const DECORATION_BEFORE = '[\\s*:•\\-–]*';
const DECORATION_AFTER = '(\\s*\\((verplicht|optioneel)\\))?[\\s*:?•\\-–]*';

/** A stem as a pattern in which any run of white space separates its words. */
const loose = (stem: string) => stem.replace(/ /g, '\\s+');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function build(dictionaries: readonly Dictionary[], extraLiterals: readonly string[]): RegExp {
  const stems = [...new Set(dictionaries.flatMap((d) => STEMS[d]))].map(loose);
  const literals = extraLiterals.map((w) => loose(escape(w)));
  const whole = dictionaries.flatMap((d) => WHOLE_LABELS[d]).map(loose);
  // A whole label alone, or followed by its value after a colon ("Begindatum: 01-10-2025").
  const anchored = whole.length ? [`^${DECORATION_BEFORE}(${whole.join('|')})(${DECORATION_AFTER}$|\\s*:)`] : [];
  return new RegExp([...stems, ...literals, ...anchored].join('|'), 'i');
}

const BUILT = new Map<string, RegExp>();

/**
 * The prefilter for `dictionaries` plus any board-policy synonyms among `terms` (their
 * `literal`, a folded word or phrase). Built once per combination.
 */
export function labelKeywords(dictionaries: readonly Dictionary[] = ALL_DICTIONARIES, terms: readonly Term<string>[] = []): RegExp {
  const literals = terms.flatMap((t) => (t.literal ? [t.literal] : []));
  const key = `${dictionaries.join(',')}\u0000${literals.join('\u0000')}`;
  let re = BUILT.get(key);
  if (!re) {
    re = build(dictionaries, literals);
    BUILT.set(key, re);
  }
  return re;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a page text may hold a label of the dictionaries `keywords` was built for. */
export function mayHoldLabel(keywords: RegExp, raw: string): boolean {
  // Diacritics the stems don't spell (rare): test the folded text too.
  return keywords.test(raw) || (NON_ASCII.test(raw) && keywords.test(fold(raw)));
}
