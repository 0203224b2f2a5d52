/**
 * Which pupils of an export have an OPP OPP-wijzer knows of, by the salted keys of the
 * pupil links (lib/privacy/link-format.ts). The ROD-controle page only reads storage; the
 * background stays the one writer. Names never leave this page's memory.
 */
import { browser } from 'wxt/browser';
import { loadFormat, type Link } from '../privacy/link-format';
import { pupilKey } from '../privacy/pupil-key';
import type { OppKnown } from './compare';
import type { ExportRow } from './export-rows';

const hasOpp = (l: Link | undefined) => !!(l && (l.oppSeen || l.oppStart || l.oppListed || l.userSaysOpp));

export async function knownOpps(rows: readonly ExportRow[]): Promise<(name: string, birth: string | null) => OppKnown> {
  const loaded = loadFormat(await browser.storage.local.get(null));
  if (loaded.kind !== 'ok' || !loaded.state.salt) return () => null;
  const { salt, links } = loaded.state;
  const known = new Map<string, OppKnown>();
  for (const r of rows) {
    const birth = r.birth?.ok ? r.birth.iso : null;
    const id = `${r.name}|${birth ?? ''}`;
    if (known.has(id)) continue;
    const sure = birth ? hasOpp(links[await pupilKey(salt, r.name, birth)]) : false;
    known.set(id, sure ? 'zeker' : links[await pupilKey(salt, r.name, '')]?.oppListed ? 'naam' : null);
  }
  return (name, birth) => known.get(`${name}|${birth ?? ''}`) ?? null;
}
