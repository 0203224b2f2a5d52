/**
 * What may be taught as a label: text that names a part, never pupil data. A label holds no
 * digits or dates, not the pupil's name, at most 10 words and 80 characters. Pure.
 */
import { fold } from '../text';
import { TUSSENVOEGSELS } from '../terms/pupil-terms';

export type Refusal = 'leeg' | 'te-lang' | 'te-veel-woorden' | 'cijfers' | 'naam';

export const MAX_LABEL_CHARS = 80;
export const MAX_LABEL_WORDS = 10;

/** The reason `label` cannot be remembered, or null when it can. `pupilName`: the name in the page's pupil header. */
export function refusal(label: string, pupilName: string | null): Refusal | null {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length < 2) return 'leeg';
  if (text.length > MAX_LABEL_CHARS) return 'te-lang';
  if (/\p{N}/u.test(text)) return 'cijfers';
  if (text.split(' ').length > MAX_LABEL_WORDS) return 'te-veel-woorden';
  if (pupilName && namesIn(pupilName).some((n) => new RegExp(`(^|[^\\p{L}])${n}($|[^\\p{L}])`, 'u').test(fold(text)))) return 'naam';
  return null;
}

/** The name's own words (no particles like "de", "van"), folded. */
function namesIn(name: string): string[] {
  return fold(name)
    .split(/[\s,]+/)
    .filter((w) => w.length >= 2 && !TUSSENVOEGSELS.has(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
