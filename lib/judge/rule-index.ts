/**
 * Every rule's metadata, in the order the sidebar and CLI list them (the order of
 * docs/regels.md): the one place the views ask about a rule (its source, guide, what a user can
 * teach, the ParnasSys badge). Each rule's file says it beside its check (`meta`); this index
 * imports only that, so a view carries the metadata, not the rules' code.
 */
import type { RuleMeta } from './rule';
import { meta as factoren } from './rules/opp.factoren';
import { meta as handelingsdeel } from './rules/opp.handelingsdeel';
import { meta as instemming } from './rules/opp.instemming';
import { meta as uitstroomprofiel } from './rules/opp.uitstroomprofiel';
import { meta as onderbouwing } from './rules/opp.onderbouwing';
import { meta as hoorrecht } from './rules/opp.hoorrecht';
import { meta as evaluatie } from './rules/opp.evaluatie';
import { meta as termijn } from './rules/opp.termijn';
import { meta as verwachtingen } from './rules/opp.verwachtingen';
import { meta as onderwijstijd } from './rules/opp.onderwijstijd';
import { meta as twoFa } from './rules/settings.2fa';
import { meta as bewaartermijn } from './rules/settings.bewaartermijn';
import { meta as arrangement } from './rules/rod.arrangement';
import { meta as einddatum } from './rules/rod.einddatum';
import { meta as overlap } from './rules/rod.overlap';
import { meta as melding } from './rules/rod.melding';
import { meta as pdf } from './rules/rod.pdf';

export const ALL_RULES: readonly RuleMeta[] = [
  factoren, handelingsdeel, instemming, uitstroomprofiel, onderbouwing, hoorrecht, evaluatie, termijn, verwachtingen, onderwijstijd,
  twoFa, bewaartermijn,
  arrangement, einddatum, overlap, melding, pdf,
];

export function ruleMeta(ruleId: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === ruleId);
}

/** A rule of Topdossier's school settings: shown in a banner, its labels join the settings dictionary. */
export function isSettingsRule(ruleId: string): boolean {
  return ruleMeta(ruleId)?.page === 'settings';
}

/** Its trouble shows on the badge beside the pupil's name in ParnasSys. */
export function countsOnBadge(ruleId: string): boolean {
  return ruleMeta(ruleId)?.badge === true;
}
