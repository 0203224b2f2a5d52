/**
 * docs/regels.md#leerlingen-die-afwijken-in-onderwijstijd-vanuit-de-varia-wet (Variawet; Inspectie beleidsregel): with
 * onderwijstijdverkorting the OPP states the reason, the programme, the hours per week
 * and how the pupil grows back to full time. Applies only when the page says the pupil
 * has it: an unused empty section is not a reason to complain.
 */
import type { OppFacts, OppPartKey } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { hasContent, partState } from '../content';
import { consentOf } from '../consent';
import { evidenceOf, evidenceWithTrouble, type Rule, type RuleFixtures, type RuleMeta, type Verdict } from '../rule';
import { placeholderIn } from '../content-part';
import type { MessageKey } from '../../i18n';

const PIECES: OppPartKey[] = ['otv.reden', 'otv.programma', 'otv.uren', 'otv.opbouw'];

export const meta = { id: 'opp.onderwijstijd', page: 'opp', source: 'source.onderwijstijd' } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/b-label-form', 'opp/g-save-bar'],
  fail: ['opp/b-otv-incomplete'],
  review: ['opp/f-unreadable'],
  'n/a': ['opp/a-wicket-table'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts): Verdict {
    const flagValues = fieldsOf(facts, 'otv').filter((f) => !f.container).flatMap((f) => f.values);
    const saysYes = flagValues.some((v) => consentOf(v) === 'yes' || /\d+\s*(uur|uren)/i.test(v));
    const states = PIECES.map((p) => ({ part: p, state: partState(fieldsOf(facts, p)) }));
    const anyPieceFilled = states.some((s) => s.state.state === 'filled');
    const sectionFound = fieldsOf(facts, 'otv').length > 0;
    const evidence = evidenceOf([...fieldsOf(facts, 'otv'), ...states.flatMap((s) => s.state.fields)]);
    const freeText = flagValues.some((v) => hasContent(v) && consentOf(v) !== 'no');
    if (!saysYes && !(sectionFound && (anyPieceFilled || freeText))) {
      return { status: 'n/a', message: 'opp.onderwijstijd.na', evidence };
    }
    const empty = states.filter((s) => s.state.state === 'empty').map((s) => s.part);
    const unknown = states.filter((s) => s.state.state === 'absent' || s.state.state === 'unsure' || s.state.state === 'elsewhere').map((s) => s.part);
    const names = (parts: OppPartKey[]) => parts.map((p) => `part.${p}` as MessageKey);
    // The pieces at fault are marked, not the tick box or the section that turned the part on.
    const fieldsOfPieces = (parts: OppPartKey[]) => states.filter((s) => parts.includes(s.part)).flatMap((s) => s.state.fields);
    const all = [...fieldsOf(facts, 'otv'), ...states.flatMap((s) => s.state.fields)];
    if (empty.length) {
      const trouble = evidenceWithTrouble(fieldsOfPieces(empty), all);
      // A piece holding only "n.v.t." is not blank: the message says what is there (docs/woordenlijst.md).
      const held = states.filter((s) => empty.includes(s.part)).map((s) => ({ part: s.part, waarde: placeholderIn(s.state.fields) }));
      const withPlaceholder = held.filter((h) => h.waarde !== null);
      const blank = held.filter((h) => h.waarde === null).map((h) => h.part);
      const waarde = withPlaceholder[0]?.waarde;
      if (!waarde) return { status: 'fail', message: 'opp.onderwijstijd.fail', params: { onderdelen: names(empty) }, evidence: trouble };
      const placeholders = names(withPlaceholder.map((h) => h.part));
      return blank.length
        ? { status: 'fail', message: 'opp.onderwijstijd.fail.beide', params: { onderdelen: names(blank), andere: placeholders, waarde }, evidence: trouble }
        : { status: 'fail', message: 'opp.onderwijstijd.fail.placeholder', params: { onderdelen: placeholders, waarde }, evidence: trouble };
    }
    if (unknown.length) {
      return { status: 'review', message: 'opp.onderwijstijd.review', params: { onderdelen: names(unknown) }, evidence: evidenceWithTrouble(fieldsOfPieces(unknown), all) };
    }
    return { status: 'pass', message: 'opp.onderwijstijd.pass', evidence };
  },
};
export default rule;
