/**
 * The only thing OPP-wijzer keeps to recognise a pupil across Topdossier and ParnasSys: a
 * salted SHA-256 of the normalised name and birth date. The salt is per installation, so
 * the hash means nothing elsewhere; name and birth date themselves are never stored.
 */
import { fold } from '../text';

/** "Bakker, Lotte" and "Lotte Bakker" are the same pupil; word order and commas don't matter. */
export function normaliseName(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export async function pupilKey(salt: string, name: string, birthIso: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}|${normaliseName(name)}|${birthIso}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
