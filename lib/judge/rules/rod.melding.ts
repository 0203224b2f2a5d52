/**
 * docs/regels.md#stappen-registreren-opp-bij-rod: after saving, Personalia > ROD, message
 * "Inschrijving PO aanleveren", shows the Ontwikkelingsperspectief with begin and end date.
 */
import { parseDate } from '../../dates';
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import type { Rule, RuleFixtures, RuleMeta } from '../rule';

export const meta = { id: 'rod.melding', page: 'rod', source: 'source.rod', guide: 'parnassys-rod', badge: true } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['parnassys/ps-rod-bericht'],
  fail: ['parnassys/ps-rod-bericht-onthouden'],
  review: ['parnassys/ps-rod-bericht-zonder'],
  'n/a': ['parnassys/ps-rod-berichten'],
};

const rule: Rule<ParnassysFacts> = {
  ...meta,
  check(facts) {
    // A list of messages is not one of its items: open the newest "Inschrijving PO aanleveren".
    if (facts.rodList) return { status: 'n/a', message: 'rod.melding.na.lijst', evidence: [] };
    const perspectives = facts.rodPerspectives ?? [];
    const withBegin = perspectives.filter((p) => parseDate(p.begin).ok);
    if (withBegin.length) return { status: 'pass', message: 'rod.melding.pass', params: { datum: withBegin[0]!.begin }, evidence: [] };
    if (perspectives.length) return { status: 'review', message: 'rod.arrangement.review.datum', params: { datum: perspectives[0]!.begin || '—' }, evidence: [] };
    // The message the OPP is missing from: pointed at, so the marker shows which message this is about.
    const message = facts.rodWhere ? [{ label: facts.rodLabel ?? '', where: facts.rodWhere }] : [];
    if (facts.remembered?.length) return { status: 'fail', message: 'rod.melding.fail', evidence: message };
    return { status: 'review', message: 'rod.melding.review', evidence: [] };
  },
};
export default rule;
