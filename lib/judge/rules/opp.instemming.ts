/**
 * Seed "Instemming ouders op handelingsdeel" (WPO art. 40a, instemmingsrecht since 2017):
 * the OPP is set only after parents consented to the handelingsdeel; after a divorce both
 * parents with gezag sign.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { consentOf, gezagCount } from '../consent';
import { evidenceOf, type Rule } from '../rule';

const rule: Rule<OppFacts> = {
  id: 'opp.instemming',
  page: 'opp',
  check(facts) {
    const fields = fieldsOf(facts, 'instemming').filter((f) => !f.container);
    const evidence = evidenceOf(fields);
    if (fields.length === 0) return { status: 'review', message: 'opp.instemming.review', evidence };
    const consents = fields.flatMap((f) => f.values.map((v) => ({ weak: f.weak, consent: consentOf(v) })));
    const yes = consents.filter((c) => c.consent === 'yes').length;
    const no = consents.filter((c) => c.consent === 'no' && !c.weak).length;
    const unknown = consents.length - yes - no;
    const gezag = gezagCount(fieldsOf(facts, 'gezag').flatMap((f) => f.values));
    const needed = Math.max(1, gezag ?? 1);
    if (yes >= needed) return { status: 'pass', message: 'opp.instemming.pass', evidence };
    if (yes >= 1 && needed >= 2) {
      return no >= 1
        ? { status: 'fail', message: 'opp.instemming.fail.beide', evidence }
        : { status: 'review', message: 'opp.instemming.review.beide', evidence };
    }
    if (yes === 0 && no >= 1 && unknown === 0) return { status: 'fail', message: 'opp.instemming.fail', evidence };
    return { status: 'review', message: 'opp.instemming.review', evidence };
  },
};
export default rule;
