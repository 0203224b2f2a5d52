/**
 * Which pupils of an export have an OPP OPP-wijzer knows of, by the salted keys of the
 * pupil links (lib/privacy/link-format.ts), and what it knows of their year (the OPP's start,
 * back at basisondersteuning). The ROD-controle page only reads storage; the background stays
 * the one writer. Names never leave this page's memory.
 */
import { browser } from 'wxt/browser';
import { hasKnownOpp, loadFormat, type Link } from '../privacy/link-format';
import { pupilKey, schemeOneKey } from '../privacy/pupil-key';
import type { OppKnown } from './compare';
import type { PupilCycle } from './cycle-flags';
import type { ExportRow } from './export-rows';

interface Known {
  opp: OppKnown;
  cycle: PupilCycle | null;
}

/** One look per export: the OPPs and the years are asked of the same hashes. */
const looked = new WeakMap<readonly ExportRow[], Promise<Map<string, Known>>>();

async function look(rows: readonly ExportRow[]): Promise<Map<string, Known>> {
  const loaded = loadFormat(await browser.storage.local.get(null));
  if (loaded.kind !== 'ok' || !loaded.state.salt) return new Map();
  const { salt, links } = loaded.state;
  const pupils = new Map<string, { name: string; birth: string | null }>();
  for (const r of rows) {
    const birth = r.birth?.ok ? r.birth.iso : null;
    pupils.set(`${r.name}|${birth ?? ''}`, { name: r.name, birth });
  }
  // A link kept under the key the pupil had before the key scheme changed counts too (read only:
  // the background moves it when the pupil is next seen in ParnasSys).
  const linkOf = async (name: string, birth: string): Promise<Link | undefined> =>
    links[await pupilKey(salt, name, birth)] ?? links[(await schemeOneKey(salt, name, birth)) ?? ''];
  const cycleOf = (link: Link | undefined): PupilCycle | null =>
    link && (link.oppStart || link.basis || link.medical)
      ? { ...(link.oppStart ? { oppStart: link.oppStart } : {}), ...(link.basis ? { basis: true } : {}), ...(link.medical ? { medical: link.medical } : {}) }
      : null;
  // All keys at once: a board's export is thousands of hashes, and each one waits on crypto.subtle.
  const entries = await Promise.all(
    [...pupils].map(async ([id, p]): Promise<[string, Known]> => {
      const link = p.birth ? await linkOf(p.name, p.birth) : undefined;
      if (hasKnownOpp(link)) return [id, { opp: 'zeker', cycle: cycleOf(link) }];
      return [id, { opp: (await linkOf(p.name, ''))?.oppListed ? 'naam' : null, cycle: cycleOf(link) }];
    }),
  );
  return new Map(entries);
}

function known(rows: readonly ExportRow[]): Promise<Map<string, Known>> {
  let found = looked.get(rows);
  if (!found) looked.set(rows, (found = look(rows)));
  return found;
}

export async function knownOpps(rows: readonly ExportRow[]): Promise<(name: string, birth: string | null) => OppKnown> {
  const map = await known(rows);
  return (name, birth) => map.get(`${name}|${birth ?? ''}`)?.opp ?? null;
}

/** What is known of each pupil's year: the OPP's start date, and whether they are back at basisondersteuning. */
export async function knownCycles(rows: readonly ExportRow[]): Promise<(name: string, birth: string | null) => PupilCycle | null> {
  const map = await known(rows);
  return (name, birth) => map.get(`${name}|${birth ?? ''}`)?.cycle ?? null;
}

/**
 * How many pupils OPP-wijzer knows to have an OPP on this computer, of any school: 0 means the
 * comparison cannot tell who has an OPP yet, and the page says so before any totals.
 */
export async function knownOppCount(): Promise<number> {
  const loaded = loadFormat(await browser.storage.local.get(null));
  if (loaded.kind !== 'ok') return 0;
  return Object.values(loaded.state.links).filter((link) => hasKnownOpp(link)).length;
}
