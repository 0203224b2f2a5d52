/**
 * Chromium can take seconds to answer storage.managed when no policy is set, and the
 * popup and content scripts must not wait for that. The background reads the board's
 * policy there and mirrors it into storage.local; everything else reads the mirror and
 * is told when it changes. The policy holds settings, never personal data.
 */
import { browser } from 'wxt/browser';
import { POLICY_MIRROR_KEY } from '../storage-keys';

export const POLICY_MIRROR = POLICY_MIRROR_KEY;

export async function mirrorPolicy(): Promise<void> {
  let raw: unknown = null;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // Firefox without a policy, or a browser without managed storage: no policy.
  }
  const empty = !raw || (typeof raw === 'object' && Object.keys(raw).length === 0);
  await browser.storage.local.set({ [POLICY_MIRROR]: empty ? null : raw });
}

/** The mirrored policy out of a storage.local answer that asked for POLICY_MIRROR. */
export function mirroredPolicy(stored: Record<string, unknown>): unknown {
  return stored[POLICY_MIRROR] ?? undefined;
}
