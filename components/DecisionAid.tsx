import '../lib/i18n-ui';
import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { BASIS_FACTORS, oppNeeded, type Answers, type BasisFactor } from '../lib/judge/opp-needed';

type Question = 'specialEducation' | 'externalFunds' | 'belowOneF' | 'reducedHours';
const QUESTIONS: { key: Question; text: MessageKey }[] = [
  { key: 'externalFunds', text: 'needed.q.funds' },
  { key: 'reducedHours', text: 'needed.q.hours' },
  { key: 'belowOneF', text: 'needed.q.below1f' },
  { key: 'specialEducation', text: 'needed.q.special' },
];

/** What the user answered so far: null is not answered yet (no answer is ever chosen for them). */
type Given = Record<Question | 'medicalReason', boolean | null>;

/** The answers, once every question that applies has one; else how many are still open. */
function complete(given: Given, factors: BasisFactor[], noFactors: boolean): Answers | number {
  const open =
    QUESTIONS.filter((q) => given[q.key] === null).length +
    (given.reducedHours === true && given.medicalReason === null ? 1 : 0) +
    (factors.length === 0 && !noFactors ? 1 : 0);
  if (open > 0) return open;
  return {
    externalFunds: !!given.externalFunds,
    reducedHours: !!given.reducedHours,
    belowOneF: !!given.belowOneF,
    specialEducation: !!given.specialEducation,
    ...(given.reducedHours ? { medicalReason: !!given.medicalReason } : {}),
    factors,
  };
}

function YesNo({ lang, name, legend, value, onChange }: { lang: Lang; name: string; legend: MessageKey; value: boolean | null; onChange(v: boolean): void }) {
  return (
    <fieldset class="question">
      <legend>{t(lang, legend)}</legend>
      {([true, false] as const).map((v) => (
        <label key={String(v)}>
          <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} /> {t(lang, v ? 'needed.yes' : 'needed.no')}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Is een OPP nodig?": questions from the board's guidance (docs/regels.md#voor-wie-is-een-opp,
 * docs/regels.md#basisondersteuning-en-extra-ondersteuning), advice with reason and source.
 * No answer is chosen beforehand and no advice shows until every question has one: an advice
 * on answers the user never gave would be a verdict OPP-wijzer made up. Nothing is stored.
 */
export function DecisionAid({ lang }: { lang: Lang }) {
  const [given, setGiven] = useState<Given>({ externalFunds: null, reducedHours: null, belowOneF: null, specialEducation: null, medicalReason: null });
  const [factors, setFactors] = useState<BasisFactor[]>([]);
  const [noFactors, setNoFactors] = useState(false);
  const answers = complete(given, factors, noFactors);
  const advice = typeof answers === 'number' ? null : oppNeeded(answers);
  const toggleFactor = (f: BasisFactor) => {
    setFactors(factors.includes(f) ? factors.filter((x) => x !== f) : [...factors, f]);
    setNoFactors(false);
  };
  return (
    <section aria-labelledby="needed-title">
      <h2 id="needed-title">{t(lang, 'needed.title')}</h2>
      <p>{t(lang, 'needed.intro')}</p>
      {QUESTIONS.map((q) => (
        <YesNo key={q.key} lang={lang} name={q.key} legend={q.text} value={given[q.key]} onChange={(v) => setGiven({ ...given, [q.key]: v })} />
      ))}
      {given.reducedHours === true && (
        <YesNo lang={lang} name="medicalReason" legend="needed.q.medical" value={given.medicalReason} onChange={(v) => setGiven({ ...given, medicalReason: v })} />
      )}
      <fieldset class="question">
        <legend>{t(lang, 'needed.q.factors')}</legend>
        {BASIS_FACTORS.map((f) => (
          <label key={f} class="block">
            <input type="checkbox" checked={factors.includes(f)} onChange={() => toggleFactor(f)} /> {t(lang, `needed.factor.${f}` as MessageKey)}
          </label>
        ))}
        <label class="block">
          <input
            type="checkbox"
            checked={noFactors}
            onChange={() => {
              setNoFactors(!noFactors);
              setFactors([]);
            }}
          />{' '}
          {t(lang, 'needed.factor.none')}
        </label>
      </fieldset>
      <div class={`advice advice--${advice?.verdict ?? 'open'}`} role="status" aria-live="polite">
        {!advice ? (
          <p>{t(lang, 'needed.open', { aantal: answers as number })}</p>
        ) : (
          <>
            <p class="advice__verdict">{t(lang, `needed.verdict.${advice.verdict}` as MessageKey, { niveau: advice.level })}</p>
            <ul>
              {advice.reasons.map((r) => (
                <li key={r}>{t(lang, r)}</li>
              ))}
            </ul>
            {advice.registerRod && <p>{t(lang, 'needed.rod')}</p>}
            {advice.medicalException && <p>{t(lang, 'needed.rod.medisch')}</p>}
            <p class="source">{t(lang, advice.source)}</p>
          </>
        )}
      </div>
    </section>
  );
}
