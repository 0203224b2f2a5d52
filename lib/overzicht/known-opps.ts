/**
 * Which pupils of an export have an OPP OPP-wijzer knows of, by the salted keys of the
 * pupil links (lib/privacy/link-format.ts). The ROD-controle page only reads storage; the
 * background stays the one writer. Names never leave this page's memory.
 */
import { browser } from 'wxt/browser';
import { hasKnownOpp, loadFormat } from '../privacy/link-format';
import { pupilKey, schemeOneKey } from '../privacy/pupil-key';
import type { OppKnown } from './compare';
import type { ExportRow } from './export-rows';

export async function knownOpps(rows: readonly ExportRow[]): Promise<(name: string, birth: string | null) => OppKnown> {
  const loaded = loadFormat(await browser.storage.local.get(null));
  if (loaded.kind !== 'ok' || !loaded.state.salt) return () => null;
  const { salt, links } = loaded.state;
  const pupils = new Map<string, { name: string; birth: string | null }>();
  for (const r of rows) {
    const birth = r.birth?.ok ? r.birth.iso : null;
    pupils.set(`${r.name}|${birth ?? ''}`, { name: r.name, birth });
  }
  // A link kept under the key the pupil had before the key scheme changed counts too (read only:
  // the background moves it when the pupil is next seen in ParnasSys).
  const linkOf = async (name: string, birth: string) =>
    links[await pupilKey(salt, name, birth)] ?? links[(await schemeOneKey(salt, name, birth)) ?? ''];
  // All keys at once: a board's export is thousands of hashes, and each one waits on crypto.subtle.
  const entries = await Promise.all(
    [...pupils].map(async ([id, p]): Promise<[string, OppKnown]> => {
      if (p.birth && hasKnownOpp(await linkOf(p.name, p.birth))) return [id, 'zeker'];
      return [id, (await linkOf(p.name, ''))?.oppListed ? 'naam' : null];
    }),
  );
  const known = new Map(entries);
  return (name, birth) => known.get(`${name}|${birth ?? ''}`) ?? null;
}
