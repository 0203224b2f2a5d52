/** docs/regels.md#inhoudelijke-vereisten-aan-het-opp: the uitstroomprofiel has a value. */
import { contentRule } from '../content-part';

export default contentRule('opp.uitstroomprofiel', ['uitstroom'], {
  pass: 'opp.uitstroomprofiel.pass',
  fail: 'opp.uitstroomprofiel.fail',
  review: 'opp.uitstroomprofiel.review',
});
