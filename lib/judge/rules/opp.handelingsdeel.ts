/** WPO art. 40a; seed "Inhoudelijke vereisten aan het OPP": the support to be given. */
import { contentRule } from './content-part';

export default contentRule('opp.handelingsdeel', ['handelingsdeel'], {
  pass: 'opp.handelingsdeel.pass',
  fail: 'opp.handelingsdeel.fail',
  review: 'opp.handelingsdeel.review',
});
