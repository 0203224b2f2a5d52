/**
 * The guides a context knows. Pages and the background register the catalog itself
 * (lib/guides/catalog/); a content script registers the copy the background mirrors for it
 * (lib/show/content-data.ts), so it does not carry the catalog in its own bundle.
 */
import type { Guide } from './guide-schema';

let known: readonly Guide[] = [];

export function setGuides(guides: readonly Guide[]): void {
  known = guides;
}

/** The guide with this id, or the one it was merged into (its `aliases`). */
export function guideById(id: string): Guide | undefined {
  return known.find((g) => g.id === id) ?? known.find((g) => g.aliases?.includes(id));
}
