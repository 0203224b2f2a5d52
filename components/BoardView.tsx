/**
 * The board's view of the ROD-controle (rodcontrole.html#bestuur): every school's export at
 * once, a row and a bar per school with DUO's comparison, a click on a school for its pupils
 * (the one-school page, components/RodControle.tsx). The files are read in workers on this
 * machine and held in memory only: nothing is stored or sent, and closing the page forgets them.
 */
import '../lib/i18n-ui';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { todayIso } from '../lib/dates';
import { compareBoard, groupSchools, type CycleOf, type OppOf, type School } from '../lib/overzicht/board';
import { BOARD_COUNTS, BOARD_FILE_TYPE, boardFileBytes } from '../lib/overzicht/board-file';
import type { ExportRow } from '../lib/overzicht/export-rows';
import { savedList, type SavedList } from '../lib/overzicht/list-opps';
import type { SchoolExportResult } from '../lib/overzicht/school-export';
import type { ListedPupil } from '../lib/read/dossier-list-reader';
import { BoardChart } from './BoardChart';
import { RodControle, type RodControleApi } from './RodControle';

export interface BoardApi {
  /** Reads each file's bytes into its schools' tables (in workers), one result per file, in order. */
  readExports(files: { name: string; bytes: ArrayBuffer }[]): Promise<SchoolExportResult[]>;
  /** Which pupils have an OPP OPP-wijzer itself saw in Topdossier (for a school without a list). */
  knownOpps(rows: ExportRow[]): Promise<OppOf>;
  /** What OPP-wijzer itself saw of each pupil's year (the OPP's start, the level). */
  knownCycles?(rows: ExportRow[]): Promise<CycleOf>;
  /** A saved Topdossier list of dossiers: its pupils, or null when it holds no such list. */
  readList(html: string): ListedPupil[] | null;
  save(name: string, blob: Blob): void;
  /** The one-school page's, for a school's pupils. */
  rod: RodControleApi;
}

type Read = { grouped: ReturnType<typeof groupSchools>; seen: OppOf; seenCycles?: CycleOf };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function BoardView({ lang, api }: { lang: Lang; api: BoardApi }) {
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState(0);
  const [peildatum, setPeildatum] = useState(todayIso());
  const [lists, setLists] = useState<ReadonlyMap<string, SavedList>>(new Map());
  const [open, setOpen] = useState<string | null>(null);
  const back = useRef<string | null>(null);

  const choose = async (chosen: FileList | null | undefined) => {
    const files = [...(chosen ?? [])];
    if (!files.length) return;
    // Marks for `npm run bench` (bench/rod-bestuur.ts): choosing the files to the table drawn. Nothing is sent.
    performance.mark('opp-wijzer:bestuur-chosen');
    setBusy(files.length);
    const results = await api.readExports(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))));
    const grouped = groupSchools(results);
    const rows = grouped.schools.flatMap((s) => s.table.rows);
    const [seen, seenCycles] = await Promise.all([api.knownOpps(rows), api.knownCycles?.(rows)]);
    setLists(new Map());
    setOpen(null);
    setBusy(0);
    setRead({ grouped, seen, seenCycles });
  };

  const addList = async (school: School, file: File | undefined) => {
    if (!file) return;
    const list = savedList(file.name, api.readList(await file.text()));
    // From the lists as they are then: two lists added quickly both stay.
    setLists((current) => new Map([...current, [school.key, list]]));
  };

  // A school's OPPs: from its list of dossiers when one was added, else what OPP-wijzer saw itself.
  const oppOf = (read: Read, key: string): OppOf => {
    const list = lists.get(key);
    return list && !('error' in list) ? list.oppOf : read.seen;
  };
  const cycleOf = (read: Read, key: string): CycleOf | undefined => {
    const list = lists.get(key);
    return list && !('error' in list) ? list.cycleOf : read.seenCycles;
  };
  const board = useMemo(() => (read && ISO.test(peildatum) ? compareBoard(read.grouped, peildatum, (s) => oppOf(read, s.key), (s) => cycleOf(read, s.key)) : null), [read, peildatum, lists]);

  useLayoutEffect(() => {
    if (board) performance.mark('opp-wijzer:bestuur-drawn');
  }, [board]);
  // Back from a school: the focus returns to its button in the table.
  useLayoutEffect(() => {
    if (open !== null || back.current === null) return;
    document.querySelector<HTMLButtonElement>(`button[data-open="${CSS.escape(back.current)}"]`)?.focus();
    back.current = null;
  }, [open]);

  const opened = board?.schools.find((s) => s.school.key === open);
  if (opened && read) {
    const s = opened.school;
    const close = () => {
      back.current = s.key;
      setOpen(null);
    };
    return <RodControle key={s.key} lang={lang} api={api.rod} school={{ name: s.name, table: s.table, oppOf: oppOf(read, s.key), cycleOf: cycleOf(read, s.key), peildatum, files: s.files, back: close }} />;
  }

  const save = (kind: 'csv' | 'xlsx') => board && api.save(`rod-controle-bestuur.${kind}`, new Blob([boardFileBytes(board, lang, kind)], { type: BOARD_FILE_TYPE[kind] }));

  return (
    <main class="page page--wide" lang={lang}>
      <h1>{t(lang, 'bestuur.title')}</h1>
      <p>{t(lang, 'bestuur.intro')}</p>
      <p class="hint">{t(lang, 'bestuur.how')}</p>
      <div
        class={board?.schools.length ? 'drop' : 'drop drop--next'}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void choose(e.dataTransfer?.files);
        }}
      >
        <label for="board-files">{t(lang, 'bestuur.files')}</label>
        <input id="board-files" type="file" multiple accept=".xlsx,.xls,.csv,.xml,.htm,.html,.txt" onChange={(e) => void choose((e.target as HTMLInputElement).files)} />
        <p class="hint">{t(lang, 'bestuur.drop')}</p>
      </div>
      <p>
        <label for="peildatum">{t(lang, 'overzicht.peildatum')}</label>{' '}
        <input id="peildatum" type="date" value={peildatum} onInput={(e) => setPeildatum((e.target as HTMLInputElement).value)} />
        {!ISO.test(peildatum) && <span class="error"> {t(lang, 'overzicht.error.datum')}</span>}
      </p>
      <p><a href="#">{t(lang, 'bestuur.link.one')}</a></p>

      {busy > 0 && <p role="status" aria-live="polite" class="busy">{t(lang, 'bestuur.reading', { aantal: busy })}</p>}
      {board && board.errors.length > 0 && (
        <div role="alert" class="error board-errors">
          <p>{t(lang, board.schools.length ? 'bestuur.errors' : 'bestuur.error.none')}</p>
          <ul>
            {board.errors.map((e) => <li key={e.file} data-error-file={e.file}>{t(lang, 'bestuur.error.file', { bestand: e.file, fout: t(lang, `overzicht.error.${e.error}` as MessageKey) })}</li>)}
          </ul>
        </div>
      )}

      {board && board.schools.length > 0 && (
        <section aria-labelledby="board-schools">
          <h2 id="board-schools">{t(lang, 'bestuur.schools')}</h2>
          <p class="hint">{t(lang, 'bestuur.open.hint')}</p>
          <div class="board-scroll">
            <table class="report board">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'bestuur.col.school')}</th>
                  {BOARD_COUNTS.map((k) => <th key={k} scope="col" class="num">{t(lang, `bestuur.col.${k}`)}</th>)}
                  <th scope="col">{t(lang, 'bestuur.col.duo')}</th>
                  <th scope="col">{t(lang, 'bestuur.col.list')}</th>
                </tr>
              </thead>
              <tbody>
                {board.schools.map(({ school: s, report, duo }, i) => {
                  const list = lists.get(s.key);
                  const named = s.byColumn ? t(lang, 'bestuur.named.column', { bestand: s.files.map((f) => f.file).join(', ') }) : t(lang, 'bestuur.named.file', { bestand: s.files.map((f) => f.file).join(', ') });
                  return (
                    <tr key={s.key} data-school={s.name} class={duo ? 'duo--ja' : 'duo--nee'}>
                      <th scope="row">
                        <button type="button" class="link" data-open={s.key} onClick={() => setOpen(s.key)}>{s.name}</button>
                        <div class="hint">{s.brin ? `${t(lang, 'bestuur.col.brin')} ${s.brin} · ` : ''}{named}</div>
                      </th>
                      {BOARD_COUNTS.map((k) => <td key={k} class="num" data-col={k}>{report.totals[k]}</td>)}
                      <td class="board__duo" data-col="duo">{t(lang, duo ? 'bestuur.duo.ja' : 'bestuur.duo.nee')}</td>
                      <td>
                        <label class="visually-hidden" for={`list-${i}`}>{t(lang, 'bestuur.list.label', { school: s.name })}</label>
                        <input id={`list-${i}`} type="file" accept=".html,.htm,.mhtml,.xhtml" onChange={(e) => void addList(s, (e.target as HTMLInputElement).files?.[0])} />
                        <div class={`hint${list && 'error' in list ? ' error' : ''}`} data-list>
                          {!list ? t(lang, 'bestuur.list.seen') : 'error' in list ? t(lang, 'bestuur.list.error', { bestand: list.file }) : t(lang, 'bestuur.list.read', { bestand: list.file, aantal: list.count })}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr data-school-total>
                  <th scope="row">{t(lang, 'bestuur.total', { aantal: board.totals.schools })}</th>
                  {BOARD_COUNTS.map((k) => <td key={k} class="num" data-col={k}>{board.totals[k]}</td>)}
                  <td data-col="duo">{t(lang, 'bestuur.duo.total', { ja: board.totals.duoJa, scholen: board.totals.schools })}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="hint">{t(lang, 'bestuur.duo.explain')}</p>
          <BoardChart lang={lang} board={board} />
          <p class="toolbar">
            <button type="button" onClick={() => save('csv')}>{t(lang, 'bestuur.save.csv')}</button>{' '}
            <button type="button" class="primary" onClick={() => save('xlsx')}>{t(lang, 'bestuur.save.xlsx')}</button>
          </p>
          <p class="hint">{t(lang, 'overzicht.save.hint')}</p>
        </section>
      )}
    </main>
  );
}
