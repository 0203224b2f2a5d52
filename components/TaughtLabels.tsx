/**
 * The options page's list of labels taught with "Wijs het aan": each removable, the ones the
 * board's policy overrules marked, and the board policy snippet that gives every school
 * computer the same labels (to copy, or save as a file).
 */
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { policySnippet, type TaughtLabel } from '../lib/taught/taught-format';

interface Props {
  lang: Lang;
  inForce: TaughtLabel[];
  overruled: TaughtLabel[];
  newerFormat: boolean;
  extensionId: string;
  onForget(label: string): void;
  onSave(name: string, text: string): void;
}

/** Where each dictionary's part names are in the locale files. */
const PREFIX = { opp: '', parnassys: 'arrangement.', settings: 'settings.' } as const;

const when = (at: number, lang: Lang) => new Date(at).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');

export function TaughtLabels({ lang, inForce, overruled, newerFormat, extensionId, onForget, onSave }: Props) {
  const all = [...inForce, ...overruled];
  const snippet = JSON.stringify(policySnippet(inForce), null, 2);
  return (
    <section aria-labelledby="opt-taught">
      <h2 id="opt-taught">{t(lang, 'taught.title')}</h2>
      <p>{t(lang, 'taught.text')}</p>
      {newerFormat && <p class="error">{t(lang, 'taught.newer')}</p>}
      {all.length === 0 ? (
        <p>{t(lang, 'taught.none')}</p>
      ) : (
        <table class="report" data-testid="taught-labels">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'taught.col.part')}</th>
              <th scope="col">{t(lang, 'taught.col.label')}</th>
              <th scope="col">{t(lang, 'taught.col.when')}</th>
              <th scope="col"><span class="visually-hidden">{t(lang, 'taught.forget')}</span></th>
            </tr>
          </thead>
          <tbody>
            {all.map((l) => (
              <tr key={l.label}>
                <td>{t(lang, `part.${PREFIX[l.dictionary]}${l.part}` as MessageKey)}</td>
                <td>
                  “{l.label}”{overruled.includes(l) && <span class="hint"> {t(lang, 'taught.overruled')}</span>}
                </td>
                <td>{when(l.at, lang)}</td>
                <td>
                  <button type="button" onClick={() => onForget(l.label)} aria-label={`${t(lang, 'taught.forget')}: ${l.label}`}>
                    {t(lang, 'taught.forget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inForce.length > 0 && (
        <>
          <h3>{t(lang, 'taught.share')}</h3>
          <p>{t(lang, 'taught.share.text')}</p>
          <pre data-testid="policy-snippet" tabIndex={0}>{snippet}</pre>
          <p>
            <button type="button" onClick={() => void navigator.clipboard?.writeText(snippet)}>{t(lang, 'taught.copy')}</button>{' '}
            <button type="button" onClick={() => onSave('opp-wijzer-beleid.json', snippet)}>{t(lang, 'taught.save')}</button>
          </p>
          <p class="hint">{t(lang, 'taught.where', { id: extensionId })}</p>
        </>
      )}
    </section>
  );
}
