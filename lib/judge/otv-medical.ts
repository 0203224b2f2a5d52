/**
 * The medical exception to registering (docs/regels.md#alle-opps-melden): pupils in the Variawet
 * route "die medische behandelingen ondergaan en leerlingen die door een medische aandoening niet
 * volledig aanwezig kunnen zijn" need no registration in ROD. Read from the OPP's
 * onderwijstijdverkorting, in the field's own words, Dutch and English. Pure.
 */
import type { OppFacts } from '../facts/opp-facts';
import { fieldsOf } from '../facts/opp-facts';
import { fold } from '../text';
import { hasContent } from './content';
import { consentOf } from './consent';

/** A medical reason: treatment, hospital, rehabilitation, a medical condition, a chronic illness. */
// A treatment alone is no medical reason ("behandeling bij de GGZ"): it must say medical, or name the place or the cure.
export const MEDICAL_REASON = /\b(medisch\w*|ziekenhuis\w*|revalidatie\w*|medische aandoening\w*|chronisch ziek\w*|chronische ziekte|chemo\w*|dialyse|bestraling\w*|operatie\w*|medical\w*|hospital\w*|rehabilitation|chronic(ally)? ill(ness)?|chemotherapy|dialysis|surgery)\b/;
/** Another reason for fewer hours: behaviour, overstimulation, anxiety, refusing school, energy of attention. */
export const OTHER_REASON = /\b(gedrag\w*|overprikkel\w*|prikkel\w*|angst\w*|school ?weiger\w*|thuiszit\w*|concentratie\w*|sociaal[- ]emotione\w*|emotione\w*|werkhouding|motivatie|behaviou?r\w*|overstimulat\w*|anxiety|anxious|school refusal|emotional|attention)\b/;

/** Whether the page shows the onderwijstijdverkorting part at all (its question or any of its pieces). */
export function otvSeen(facts: OppFacts): boolean {
  return (['otv', 'otv.reden', 'otv.programma', 'otv.uren', 'otv.opbouw'] as const).some((p) => fieldsOf(facts, p).length > 0);
}

/** Whether the OPP says the pupil has onderwijstijdverkorting (as opp.onderwijstijd reads it). */
export function otvApplies(facts: OppFacts): boolean {
  const flagValues = fieldsOf(facts, 'otv').filter((f) => !f.container).flatMap((f) => f.values);
  const saysYes = flagValues.some((v) => consentOf(v) === 'yes' || /\d+\s*(uur|uren)/i.test(v));
  const pieceFilled = (['otv.reden', 'otv.programma', 'otv.uren', 'otv.opbouw'] as const).some((p) => fieldsOf(facts, p).some((f) => f.values.some(hasContent)));
  const freeText = flagValues.some((v) => hasContent(v) && consentOf(v) !== 'no');
  return saysYes || (fieldsOf(facts, 'otv').length > 0 && (pieceFilled || freeText));
}

/**
 * `medisch`: the onderwijstijdverkorting's reason is medical only; `gemengd`: medical and another
 * reason, and the OPP records no extra ondersteuning from the start; null: no exception (no
 * onderwijstijdverkorting, no medical word, or another reason besides extra ondersteuning).
 */
export function otvMedical(facts: OppFacts): 'medisch' | 'gemengd' | null {
  if (!otvApplies(facts)) return null;
  const reasons = fold([...fieldsOf(facts, 'otv.reden'), ...fieldsOf(facts, 'otv')].filter((f) => !f.container).flatMap((f) => f.values).join(' \n '));
  if (!MEDICAL_REASON.test(reasons)) return null;
  if (!OTHER_REASON.test(reasons)) return 'medisch';
  const extra = fieldsOf(facts, 'extra-vanaf-start').flatMap((f) => f.values).some((v) => consentOf(v) === 'yes');
  return extra ? null : 'gemengd';
}
