/**
 * Which findings can be taught by pointing at a label, and which part(s) each one's label
 * would name: each rule's meta says (`teach`, lib/judge/rule-index.ts), its page kind which
 * dictionary the label joins. Only "not found" (review,
 * nothing on the page to point at): a part that was found is judged on its content, and a label
 * never turns content into a pass.
 */
import type { Finding } from '../contract';
import type { OppPartKey } from '../facts/opp-facts';
import { ruleMeta } from '../judge/rule-index';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { SettingsPart } from '../terms/settings-terms';


export function teachableParts(f: Finding, onPage: boolean): readonly OppPartKey[] | null {
  if (f.status !== 'review' || onPage) return null;
  const meta = ruleMeta(f.rule);
  return meta?.page === 'opp' ? (meta.teach ?? null) : null;
}

/** On Topdossier's school settings: a setting whose label was not found (nothing read as evidence). */
export function teachableSettingsParts(f: Finding): readonly SettingsPart[] | null {
  if (f.status !== 'review' || f.evidence.length > 0) return null;
  const meta = ruleMeta(f.rule);
  return meta?.page === 'settings' ? (meta.teach ?? null) : null;
}

/**
 * On ParnasSys' Passend onderwijs: when the arrangements were not read at all (nothing
 * read as evidence), the user can point at the column or field with the start or end date.
 */
export function teachableArrangementParts(f: Finding, page: string): readonly ArrangementPart[] | null {
  if (page !== 'arrangements' || f.status !== 'review' || f.evidence.length > 0) return null;
  const meta = ruleMeta(f.rule);
  return meta && meta.page !== 'opp' && meta.page !== 'settings' ? (meta.teach ?? null) : null;
}
