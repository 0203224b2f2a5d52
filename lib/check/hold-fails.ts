/**
 * "Not sure yet" is controleren, never ontbreekt: the one place a fail is held back as a review
 * while the page cannot tell yet (still loading, or changing its structure: see settle.ts).
 */
import type { Finding } from '../contract';

/** `findings` with every fail that `hold` picks shown as a review with `message`. */
export function holdFails(findings: Finding[], message: string, hold: (f: Finding) => boolean = () => true): Finding[] {
  return findings.map((f) => (f.status === 'fail' && hold(f) ? { ...f, status: 'review' as const, message } : f));
}
