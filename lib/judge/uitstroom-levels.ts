/**
 * Ordering uitstroom perspectives, to notice a lowered perspective (docs/regels.md#hoge-verwachtingen:
 * don't lower too soon or too much). Pure.
 */
import { fold } from '../text';

export interface Level {
  /** 0 = below 1F … 6 = vwo; referentieniveaus and school types share one scale. */
  rank: number;
  belowOneF: boolean;
  praktijk: boolean;
}

const SCALE: [RegExp, number][] = [
  [/\b(lager dan|onder|beneden|<)\s?1f\b|\bonder (het )?niveau 1f\b/, 0],
  [/\bpraktijk\s?onderwijs\b|\bpro\b/, 1],
  [/\bvmbo[- ]?(bb|basis)|\bbasisberoeps/, 2],
  [/\bvmbo[- ]?(kb|kader)|\bkaderberoeps/, 3],
  [/\bvmbo[- ]?(gl|tl|gt|theoretisch)|\bmavo\b/, 4],
  [/\bhavo\b/, 5],
  [/\bvwo\b|\bgymnasium\b|\batheneum\b/, 6],
  [/\b1f\b/, 2],
  [/\b(2f|1s)\b/, 4],
];

/** The level a perspective names, or null when it names none we know. */
export function levelOf(text: string): Level | null {
  const folded = fold(text);
  for (const [pattern, rank] of SCALE) {
    if (pattern.test(folded)) return { rank, belowOneF: rank === 0, praktijk: rank === 1 };
  }
  return null;
}
