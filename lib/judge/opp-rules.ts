/** The OPP rules, in the order the sidebar and CLI list them (the order of docs/regels.md). */
import factoren from './rules/opp.factoren';
import handelingsdeel from './rules/opp.handelingsdeel';
import instemming from './rules/opp.instemming';
import uitstroomprofiel from './rules/opp.uitstroomprofiel';
import onderbouwing from './rules/opp.onderbouwing';
import hoorrecht from './rules/opp.hoorrecht';
import evaluatie from './rules/opp.evaluatie';
import termijn from './rules/opp.termijn';
import verwachtingen from './rules/opp.verwachtingen';
import onderwijstijd from './rules/opp.onderwijstijd';
import type { OppFacts } from '../facts/opp-facts';
import type { Rule } from './rule';

export const OPP_RULES: readonly Rule<OppFacts>[] = [
  factoren, handelingsdeel, instemming, uitstroomprofiel, onderbouwing, hoorrecht,
  evaluatie, termijn, verwachtingen, onderwijstijd,
];
