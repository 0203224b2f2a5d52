/**
 * Labels a user taught OPP-wijzer ("Wijs het aan"): which label text means which part, on
 * this browser. Only the label as the page shows it, never a field's value (refusal.ts).
 * Stored as one record with a format version; only the background writes it
 * (taught-store.ts). Pure, so the merge rules are tested in Node.
 */
import * as z from 'zod/mini';
import { OPP_PARTS } from '../facts/opp-facts';
import { ARRANGEMENT_PARTS } from '../terms/parnassys-terms';
import { SETTINGS_PARTS } from '../terms/settings-terms';
import { foldLabel } from '../text';
import { TAUGHT_KEY } from '../storage-keys';

export { TAUGHT_KEY };
export const TAUGHT_VERSION = 1;
export const MAX_TAUGHT = 200;

/** The label as the page shows it, at most 80 characters, and when it was taught (ms). */
const LABEL = { label: z.string().check(z.minLength(2), z.maxLength(80)), at: z.number() };

/** Which dictionary a label joins: OPP parts, ParnasSys' arrangement fields, Topdossier's school settings. */
export const TaughtLabelSchema = z.discriminatedUnion('dictionary', [
  z.object({ dictionary: z.literal('opp'), part: z.enum(OPP_PARTS), ...LABEL }),
  z.object({ dictionary: z.literal('parnassys'), part: z.enum(ARRANGEMENT_PARTS), ...LABEL }),
  z.object({ dictionary: z.literal('settings'), part: z.enum(SETTINGS_PARTS), ...LABEL }),
]);
export type TaughtLabel = z.infer<typeof TaughtLabelSchema>;

const RecordSchema = z.object({ version: z.number(), labels: z.array(z.unknown()) });

export type TaughtLoaded = { kind: 'ok'; labels: TaughtLabel[]; unreadable: number } | { kind: 'newer'; version: number };

/** What storage holds, in any version this or an older OPP-wijzer wrote. */
export function loadTaught(stored: unknown): TaughtLoaded {
  if (stored === undefined || stored === null) return { kind: 'ok', labels: [], unreadable: 0 };
  const record = RecordSchema.safeParse(stored);
  if (!record.success) return { kind: 'ok', labels: [], unreadable: 1 };
  if (record.data.version > TAUGHT_VERSION) return { kind: 'newer', version: record.data.version };
  const labels: TaughtLabel[] = [];
  let unreadable = 0;
  for (const raw of record.data.labels) {
    const one = TaughtLabelSchema.safeParse(raw);
    if (one.success) labels.push(one.data);
    else unreadable++;
  }
  return { kind: 'ok', labels, unreadable };
}

export const sameLabel = (a: string, b: string) => foldLabel(a) === foldLabel(b);

/**
 * Adds a taught label. The same label taught again for the same part changes nothing; for
 * another part it replaces the old meaning (the user was asked which one wins).
 */
export function addTaught(labels: readonly TaughtLabel[], next: TaughtLabel): TaughtLabel[] {
  const others = labels.filter((l) => !(l.dictionary === next.dictionary && sameLabel(l.label, next.label)));
  return [...others, next].slice(-MAX_TAUGHT);
}

export function removeTaught(labels: readonly TaughtLabel[], label: string): TaughtLabel[] {
  return labels.filter((l) => !sameLabel(l.label, label));
}

export interface TaughtPolicy {
  oppSynonyms?: Partial<Record<(typeof OPP_PARTS)[number], string[]>>;
  parnassysSynonyms?: Partial<Record<(typeof ARRANGEMENT_PARTS)[number], string[]>>;
  settingsSynonyms?: Partial<Record<(typeof SETTINGS_PARTS)[number], string[]>>;
}
const POLICY_KEY = { opp: 'oppSynonyms', parnassys: 'parnassysSynonyms', settings: 'settingsSynonyms' } as const;

export const toStored = (labels: readonly TaughtLabel[]) => ({ version: TAUGHT_VERSION, labels });

/** The board policy snippet for what was taught, in the managed-policy format (lib/settings/policy.ts). */
export function policySnippet(labels: readonly TaughtLabel[]): TaughtPolicy {
  const out: TaughtPolicy = {};
  for (const l of labels) {
    const synonyms = (out[POLICY_KEY[l.dictionary]] ??= {}) as Partial<Record<string, string[]>>;
    (synonyms[l.part] ??= []).push(l.label);
  }
  return out;
}

/**
 * Taught labels together with the board's synonyms: the board wins where both name the same
 * label, and such a taught label is listed as overruled.
 */
export function mergeWithPolicy(taught: readonly TaughtLabel[], policy: TaughtPolicy): { inForce: TaughtLabel[]; overruled: TaughtLabel[] } {
  const board = (l: TaughtLabel) => Object.values(policy[POLICY_KEY[l.dictionary]] ?? {}).flatMap((words: string[] | undefined) => words ?? []);
  const overruled = taught.filter((l) => board(l).some((w) => sameLabel(w, l.label)));
  return { inForce: taught.filter((l) => !overruled.includes(l)), overruled };
}
