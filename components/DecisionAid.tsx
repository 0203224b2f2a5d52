import '../lib/i18n-ui';
import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { BASIS_FACTORS, oppNeeded, type Answers, type BasisFactor } from '../lib/judge/opp-needed';

const QUESTIONS: { key: 'specialEducation' | 'externalFunds' | 'belowOneF' | 'reducedHours'; text: MessageKey }[] = [
  { key: 'externalFunds', text: 'needed.q.funds' },
  { key: 'reducedHours', text: 'needed.q.hours' },
  { key: 'belowOneF', text: 'needed.q.below1f' },
  { key: 'specialEducation', text: 'needed.q.special' },
];

/**
 * "Is een OPP nodig?": questions from the board's guidance (docs/regels.md#voor-wie-is-een-opp,
 * docs/regels.md#basisondersteuning-en-extra-ondersteuning), advice with reason and source.
 * Nothing is stored.
 */
export function DecisionAid({ lang }: { lang: Lang }) {
  const [answers, setAnswers] = useState<Answers>({ externalFunds: false, reducedHours: false, belowOneF: false, specialEducation: false, factors: [] });
  const advice = oppNeeded(answers);
  const toggleFactor = (f: BasisFactor) =>
    setAnswers({ ...answers, factors: answers.factors.includes(f) ? answers.factors.filter((x) => x !== f) : [...answers.factors, f] });
  return (
    <section aria-labelledby="needed-title">
      <h2 id="needed-title">{t(lang, 'needed.title')}</h2>
      <p>{t(lang, 'needed.intro')}</p>
      {QUESTIONS.map((q) => (
        <fieldset key={q.key} class="question">
          <legend>{t(lang, q.text)}</legend>
          {([true, false] as const).map((value) => (
            <label key={String(value)}>
              <input type="radio" name={q.key} checked={answers[q.key] === value} onChange={() => setAnswers({ ...answers, [q.key]: value })} />{' '}
              {t(lang, value ? 'needed.yes' : 'needed.no')}
            </label>
          ))}
        </fieldset>
      ))}
      {answers.reducedHours && (
        <fieldset class="question">
          <legend>{t(lang, 'needed.q.medical')}</legend>
          {([true, false] as const).map((value) => (
            <label key={String(value)}>
              <input type="radio" name="medicalReason" checked={answers.medicalReason === value} onChange={() => setAnswers({ ...answers, medicalReason: value })} />{' '}
              {t(lang, value ? 'needed.yes' : 'needed.no')}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset class="question">
        <legend>{t(lang, 'needed.q.factors')}</legend>
        {BASIS_FACTORS.map((f) => (
          <label key={f} class="block">
            <input type="checkbox" checked={answers.factors.includes(f)} onChange={() => toggleFactor(f)} /> {t(lang, `needed.factor.${f}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <div class={`advice advice--${advice.verdict}`} role="status" aria-live="polite">
        <p class="advice__verdict">{t(lang, `needed.verdict.${advice.verdict}` as MessageKey, { niveau: advice.level })}</p>
        <ul>
          {advice.reasons.map((r) => (
            <li key={r}>{t(lang, r)}</li>
          ))}
        </ul>
        {advice.registerRod && <p>{t(lang, 'needed.rod')}</p>}
        {advice.medicalException && <p>{t(lang, 'needed.rod.medisch')}</p>}
        <p class="source">{t(lang, advice.source)}</p>
      </div>
    </section>
  );
}
