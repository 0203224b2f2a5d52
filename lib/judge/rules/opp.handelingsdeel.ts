/** WPO art. 40a; docs/regels.md#inhoudelijke-vereisten-aan-het-opp: the support to be given. */
import { contentRule } from '../content-part';

export default contentRule('opp.handelingsdeel', ['handelingsdeel'], {
  pass: 'opp.handelingsdeel.pass',
  fail: 'opp.handelingsdeel.fail',
  review: 'opp.handelingsdeel.review',
});
