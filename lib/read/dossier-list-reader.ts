/**
 * Topdossier's list of dossiers or OPPs: many pupils, one row each. Reads each row's pupil
 * (name, and birth date when the list shows one) and whether it holds an OPP, by the
 * column headers' meaning: a column "OPP" (ja/nee, a date, a tick), or the support level
 * (Topdossier: *extra ondersteuning*, niveau 4, is the OPP; *lichte ondersteuning* is a
 * groeidocument without one). A table or an ARIA grid; anything else is no list.
 */
import { fold } from '../text';
import { findDates } from '../dates';
import { nameIn } from './pupil-reader';
import { rowsOfBodyTable } from './field-region';
import { pupilColumnOf } from '../terms/pupil-terms';

export interface ListedPupil {
  name: string;
  /** ISO birth date, or null when the list shows none (a match on name alone is weak). */
  birth: string | null;
  hasOpp: boolean;
  /**
   * The support level the list shows: `basis` at basisondersteuning (lichte ondersteuning,
   * niveau 1-3), `extra` at extra ondersteuning (niveau 4, or an OPP); null when it shows none.
   */
  level: 'basis' | 'extra' | null;
  /** The OPP's start (ISO), when the list shows it: a date in the OPP column or a column "Vastgesteld". */
  oppStart?: string;
}

type Col = 'naam' | 'voornaam' | 'achternaam' | 'geboortedatum' | 'opp' | 'niveau' | 'vastgesteld';
/** The list's own columns; the pupil's (name, name parts, birth date) are the pupil dictionary's. */
const HEADERS: readonly [Col, RegExp][] = [
  ['opp', /^(opp|ontwikkelingsperspectief(plan)?|heeft opp|opp aanwezig)$/],
  ['niveau', /^((ondersteunings)?niveau|ondersteuning|soort( dossier)?|type( dossier)?|fase)$/],
  ['vastgesteld', /^((datum )?vastgesteld( op)?|vaststelling(sdatum)?|datum vaststelling|opp vastgesteld( op)?|startdatum opp|datum opp)$/],
];
const PUPIL_COLUMNS = new Set<string>(['naam', 'voornaam', 'achternaam', 'geboortedatum']);

function columnOf(folded: string): Col | null {
  const own = HEADERS.find(([, re]) => re.test(folded))?.[0];
  if (own) return own;
  const pupil = pupilColumnOf(folded);
  return pupil && PUPIL_COLUMNS.has(pupil) ? (pupil as Col) : null;
}
const YES = /^(ja|j|yes|x|✓|✔|v|opp|aanwezig|actief)$/;
const OPP_LEVEL = /\bextra ondersteuning\b|\bniveau:? ?4\b|^4\b|\bopp\b/;
const NO_OPP_LEVEL = /\blichte ondersteuning\b|\bbasisondersteuning\b|\bniveau:? ?[1-3]\b|^[1-3]\b/;

const cellText = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();

function rowsOf(table: Element): Element[][] {
  if (table.tagName === 'TABLE') {
    const rows = Array.from((table as HTMLTableElement).rows, (r) => Array.from(r.cells));
    // A grid with a fixed header keeps its rows in a second table (Kendo, PrimeNG, Ant Design).
    return rows.length === 1 ? [...rows, ...rowsOfBodyTable(table, rows[0]!.length).map((r) => Array.from(r.children))] : rows;
  }
  return Array.from(table.querySelectorAll('[role=row]'), (r) => Array.from(r.querySelectorAll('[role=columnheader], [role=gridcell], [role=cell], [role=rowheader]')));
}

function columns(header: Element[]): Partial<Record<Col, number>> {
  const found: Partial<Record<Col, number>> = {};
  header.forEach((cell, i) => {
    const col = columnOf(fold(cellText(cell)));
    if (col && found[col] === undefined) found[col] = i;
  });
  return found;
}

function hasOppIn(opp: string | null, level: string | null): boolean | null {
  if (opp !== null) {
    const v = fold(opp);
    if (YES.test(v) || findDates(v).some((d) => d.ok)) return true;
    if (v === '' || /^(nee|n|no|-|geen)$/.test(v)) return level === null ? false : hasOppIn(null, level);
  }
  if (level !== null) {
    const v = fold(level);
    if (NO_OPP_LEVEL.test(v)) return false;
    if (OPP_LEVEL.test(v)) return true;
  }
  return null;
}

/** The level a niveau cell names, when it names one. */
function levelIn(level: string | null): 'basis' | 'extra' | null {
  const v = fold(level ?? '');
  return NO_OPP_LEVEL.test(v) ? 'basis' : OPP_LEVEL.test(v) ? 'extra' : null;
}

/** The pupils of a dossier list, or null when the page holds no such list. */
/** What a list of dossiers is made of: a table or an ARIA grid. */
export const LIST_ELEMENTS = 'table, [role=grid], [role=table]';

export function readDossierList(doc: Document): ListedPupil[] | null {
  for (const table of Array.from(doc.querySelectorAll(LIST_ELEMENTS))) {
    const rows = rowsOf(table);
    const headerAt = rows.findIndex((r) => {
      const c = columns(r);
      return (c.naam !== undefined || c.achternaam !== undefined) && (c.opp !== undefined || c.niveau !== undefined);
    });
    if (headerAt < 0) continue;
    const cols = columns(rows[headerAt]!);
    const at = (r: Element[], c: Col) => (cols[c] === undefined || !r[cols[c]!] ? null : cellText(r[cols[c]!]!));
    const pupils: ListedPupil[] = [];
    for (const r of rows.slice(headerAt + 1)) {
      const raw = cols.achternaam !== undefined ? `${at(r, 'voornaam') ?? ''} ${at(r, 'achternaam') ?? ''}` : (at(r, 'naam') ?? '');
      // "Kramer, Zoë (groep 5)": what is in brackets is no part of the name.
      const plain = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
      const name = nameIn(plain.includes(',') ? plain.split(',').reverse().join(' ') : plain);
      const hasOpp = hasOppIn(at(r, 'opp'), at(r, 'niveau'));
      if (!name || hasOpp === null) continue;
      const birth = findDates(at(r, 'geboortedatum') ?? '')[0];
      const level = hasOpp ? 'extra' : levelIn(at(r, 'niveau'));
      const start = hasOpp ? findDates(at(r, 'vastgesteld') ?? at(r, 'opp') ?? '')[0] : undefined;
      pupils.push({ name, birth: birth?.ok ? birth.iso : null, hasOpp, level, ...(start?.ok ? { oppStart: start.iso } : {}) });
    }
    if (pupils.length) return pupils;
  }
  return null;
}
