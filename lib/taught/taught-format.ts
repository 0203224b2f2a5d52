/**
 * Labels a user taught OPP-wijzer ("Wijs het aan"): which label text means which part, on
 * this browser. Only the label as the page shows it, never a field's value (refusal.ts).
 * Stored as one record with a format version; only the background writes it
 * (taught-store.ts). Pure, so the merge rules are tested in Node.
 */
import * as z from 'zod/mini';
import { OPP_PARTS } from '../facts/opp-facts';
import { foldLabel } from '../text';

export const TAUGHT_KEY = 'taughtLabels';
export const TAUGHT_VERSION = 1;
export const MAX_TAUGHT = 200;

export const TaughtLabelSchema = z.object({
  /** Which dictionary the label joins: OPP parts (Topdossier, ParnasSys' OPP module). */
  dictionary: z.literal('opp'),
  part: z.enum(OPP_PARTS),
  /** The label as the page shows it, at most 80 characters. */
  label: z.string().check(z.minLength(2), z.maxLength(80)),
  /** When it was taught (ms). */
  at: z.number(),
});
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

export const toStored = (labels: readonly TaughtLabel[]) => ({ version: TAUGHT_VERSION, labels });

/** The board policy snippet for what was taught, in the managed-policy format (lib/settings/policy.ts). */
export function policySnippet(labels: readonly TaughtLabel[]): { oppSynonyms: Partial<Record<TaughtLabel['part'], string[]>> } {
  const oppSynonyms: Partial<Record<TaughtLabel['part'], string[]>> = {};
  for (const l of labels) (oppSynonyms[l.part] ??= []).push(l.label);
  return { oppSynonyms };
}

/**
 * Taught labels together with the board's synonyms: the board wins where both name the same
 * label, and such a taught label is listed as overruled.
 */
export function mergeWithPolicy(
  taught: readonly TaughtLabel[],
  policy: Partial<Record<string, string[]>> | undefined,
): { inForce: TaughtLabel[]; overruled: TaughtLabel[] } {
  const board = Object.values(policy ?? {}).flatMap((words) => words ?? []);
  const overruled = taught.filter((l) => board.some((w) => sameLabel(w, l.label)));
  return { inForce: taught.filter((l) => !overruled.includes(l)), overruled };
}
