/** WPO art. 40a: the uitstroombestemming is onderbouwd. */
import { contentRule } from '../content-part';

export default contentRule('opp.onderbouwing', ['onderbouwing'], {
  pass: 'opp.onderbouwing.pass',
  fail: 'opp.onderbouwing.fail',
  review: 'opp.onderbouwing.review',
});
