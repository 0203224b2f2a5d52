/**
 * Which findings can be taught by pointing at a label, and which OPP part(s) each one's
 * label would name. Only "not found" (review, nothing on the page to point at): a part that
 * was found is judged on its content, and a label never turns content into a pass.
 */
import type { Finding } from '../contract';
import type { OppPartKey } from '../facts/opp-facts';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { SettingsPart } from '../terms/settings-terms';

const PARTS: Record<string, readonly OppPartKey[]> = {
  'opp.factoren': ['factoren.belemmerend', 'factoren.bevorderend', 'factoren.beide'],
  'opp.handelingsdeel': ['handelingsdeel'],
  'opp.instemming': ['instemming'],
  'opp.uitstroomprofiel': ['uitstroom'],
  'opp.onderbouwing': ['onderbouwing'],
  'opp.hoorrecht': ['hoorrecht'],
  'opp.evaluatie': ['evaluatie'],
  'opp.termijn': ['datum.inschrijving', 'datum.vastgesteld'],
};

export function teachableParts(f: Finding, onPage: boolean): readonly OppPartKey[] | null {
  if (f.status !== 'review' || onPage) return null;
  return PARTS[f.rule] ?? null;
}

/** On Topdossier's school settings: a setting whose label was not found (nothing read as evidence). */
export function teachableSettingsParts(f: Finding): readonly SettingsPart[] | null {
  if (f.status !== 'review' || f.evidence.length > 0) return null;
  return f.rule === 'settings.2fa' ? ['2fa'] : f.rule === 'settings.bewaartermijn' ? ['bewaartermijn'] : null;
}

/**
 * On ParnasSys' Passend onderwijs: when the arrangements were not read at all (nothing
 * read as evidence), the user can point at the column or field with the start or end date.
 */
export function teachableArrangementParts(f: Finding, page: string): readonly ArrangementPart[] | null {
  return page === 'arrangements' && f.rule === 'rod.arrangement' && f.status === 'review' && f.evidence.length === 0 ? ['begin', 'einde'] : null;
}
