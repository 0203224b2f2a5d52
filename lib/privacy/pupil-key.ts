/**
 * The only thing OPP-wijzer keeps to recognise a pupil across Topdossier and ParnasSys: a
 * salted SHA-256 of the pupil's canonical name and birth date. The salt is per installation,
 * so the hash means nothing elsewhere; name and birth date themselves are never stored.
 *
 * The canonical name (docs/pupil-key.md) is the same however a page writes the same pupil:
 * - word order: "Noor van Dijk", "van Dijk, Noor", "Dijk, Noor van" (the words are sorted);
 * - capitals and diacritics: "DIJK", "Zoë" / "Zoe", "Çelik" / "Celik";
 * - double names and apostrophes: "Jansen-de Vries" / "Jansen de Vries", "D’Souza" / "D'Souza" / "DSouza";
 * - decoration: a comma, a dot after an initial, a date or group in brackets.
 * The birth date is an ISO date, which the one date reader (lib/dates.ts) gives for every
 * written form (14-03-2017, 14-3-2017, 14 maart 2017, 2017-03-14).
 */
import { fold } from '../text';

/** Letters NFD does not take apart. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** The key scheme: 2 since 2026-12-02 (scheme 1 kept hyphens and apostrophes as written). */
export const KEY_SCHEME = 2;

export function canonicalName(name: string): string {
  return fold(name.normalize('NFKC'))
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c)
    // A bracket holds a date, a group or a call name: not the name itself.
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    // Apostrophes of every kind vanish ("d'souza", "d’souza", "dsouza" are one name).
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Scheme 1 (until 2026-12-01), to find links stored before the update (lib/privacy/link-client.ts). */
export function schemeOneName(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pupilKey(salt: string, name: string, birthIso: string): Promise<string> {
  return sha256(`${salt}|${canonicalName(name)}|${birthIso}`);
}

/** The key this pupil had under scheme 1, or null when it is the same as today's. */
export async function schemeOneKey(salt: string, name: string, birthIso: string): Promise<string | null> {
  const old = schemeOneName(name);
  return old === canonicalName(name) ? null : sha256(`${salt}|${old}|${birthIso}`);
}

export function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
