/**
 * The ROD-controle page: the school's ParnasSys export against the OPPs OPP-wijzer knows.
 * The file is read in a worker on this machine and held in memory only: nothing of it is
 * stored or sent, and closing the page forgets it.
 */
import '../lib/i18n-ui';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { isoToDmy, todayIso } from '../lib/dates';
import { compareExport, type OppKnown, type OverzichtReport, type PupilResult } from '../lib/overzicht/compare';
import type { ExportTable } from '../lib/overzicht/export-rows';
import type { SchoolFile } from '../lib/overzicht/board';
import type { ExportError, ExportResult } from '../lib/overzicht/read-export';
import { reportFile } from '../lib/overzicht/report-file';
import { savedList, type SavedList } from '../lib/overzicht/list-opps';
import type { ListedPupil } from '../lib/read/dossier-list-reader';
import { flagText } from '../lib/overzicht/flag-text';
import type { PupilCycle } from '../lib/overzicht/cycle-flags';

export interface RodControleApi {
  /** Reads the file's bytes into the export's table (in a worker). */
  readExport(bytes: ArrayBuffer): Promise<ExportResult>;
  /** Which pupils have an OPP OPP-wijzer knows of. */
  knownOpps(table: ExportTable): Promise<(name: string, birth: string | null) => OppKnown>;
  /** What is known of each pupil's year (the OPP's start, back at basisondersteuning). */
  knownCycles?(table: ExportTable): Promise<(name: string, birth: string | null) => PupilCycle | null>;
  save(name: string, blob: Blob): void;
  /** How many pupils OPP-wijzer knows to have an OPP on this computer (any school). */
  knownCount?(): Promise<number>;
  /** A saved Topdossier list of dossiers: its pupils, or null when it holds no such list. */
  readList?(html: string): ListedPupil[] | null;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; step: 'overzicht.reading' | 'overzicht.comparing' }
  | { kind: 'error'; key: MessageKey }
  | { kind: 'done'; table: ExportTable; oppOf: (name: string, birth: string | null) => OppKnown; cycleOf?: (name: string, birth: string | null) => PupilCycle | null };

/** One school of the board's view (components/BoardView.tsx): already read, compared on the board's peildatum. */
export interface OneSchool {
  name: string;
  table: ExportTable;
  oppOf: (name: string, birth: string | null) => OppKnown;
  cycleOf?: (name: string, birth: string | null) => PupilCycle | null;
  peildatum: string;
  /** Which rows came from which file, when the school is in more than one. */
  files: SchoolFile[];
  back(): void;
}

type SortKey = 'status' | 'row' | 'name' | 'group';
const PAGE = 200;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function RodControle({ lang, api, school }: { lang: Lang; api: RodControleApi; school?: OneSchool }) {
  const [state, setState] = useState<State>(school ? { kind: 'done', table: school.table, oppOf: school.oppOf, cycleOf: school.cycleOf } : { kind: 'idle' });
  const [peildatum, setPeildatum] = useState(school?.peildatum ?? todayIso());
  /** The peildatum was filled in from the export's title (the user may still change it). */
  const [fromExport, setFromExport] = useState(false);
  const [onlyAttention, setOnlyAttention] = useState(true);
  const [sort, setSort] = useState<SortKey>('status');
  const [shown, setShown] = useState(PAGE);
  /** The row whose "Hoe registreer ik dit?" was clicked: it says where the guide starts. */
  const [guideRow, setGuideRow] = useState<number | null>(null);
  /** OPPs known on this computer; null until asked (and for a board's school, which has its own). */
  const [knownCount, setKnownCount] = useState<number | null>(null);
  const [list, setList] = useState<SavedList | null>(null);
  useEffect(() => {
    if (!school) void api.knownCount?.().then(setKnownCount);
  }, []);
  const listed = list && !('error' in list) ? list : null;
  /** Nothing tells which pupil has an OPP: no count of 0 is shown as if it were a finding. */
  const nothingKnown = !school && knownCount === 0 && !listed;

  const open = async (file: File | undefined) => {
    if (!file) return;
    // Marks for `npm run bench` (bench/rod-controle.ts): where the time goes. Nothing is sent.
    performance.mark('opp-wijzer:rod-chosen');
    setState({ kind: 'busy', step: 'overzicht.reading' });
    const result = await api.readExport(await file.arrayBuffer());
    performance.mark('opp-wijzer:rod-read');
    if (!result.ok) return setState({ kind: 'error', key: `overzicht.error.${result.error satisfies ExportError}` as MessageKey });
    setState({ kind: 'busy', step: 'overzicht.comparing' });
    const oppOf = await api.knownOpps(result.table);
    const cycleOf = await api.knownCycles?.(result.table);
    performance.mark('opp-wijzer:rod-known');
    setShown(PAGE);
    setGuideRow(null);
    if (result.table.peildatum) setPeildatum(result.table.peildatum);
    setFromExport(!!result.table.peildatum);
    setState({ kind: 'done', table: result.table, oppOf, cycleOf });
  };

  const addList = async (file: File | undefined) => {
    if (!file || !api.readList) return;
    setList(savedList(file.name, api.readList(await file.text())));
  };
  // An added list says which pupils have an OPP, as in the board's view; else what this computer saw.
  const oppOf = state.kind === 'done' ? (listed?.oppOf ?? state.oppOf) : null;
  const cycleOf = state.kind === 'done' ? (listed?.cycleOf ?? state.cycleOf) : undefined;

  const report = useMemo<OverzichtReport | null>(
    () => (state.kind === 'done' && oppOf && ISO.test(peildatum) ? compareExport(state.table, peildatum, oppOf, cycleOf) : null),
    [state, peildatum, list],
  );
  const rows = useMemo(() => {
    if (!report) return [];
    const list = onlyAttention ? report.pupils.filter((p) => p.status !== 'ok') : [...report.pupils];
    if (sort === 'row') list.sort((a, b) => a.row - b.row);
    if (sort === 'name') list.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    if (sort === 'group') list.sort((a, b) => a.group.localeCompare(b.group, 'nl', { numeric: true }) || a.row - b.row);
    return list;
  }, [report, onlyAttention, sort]);

  // The totals are in the page: the end of "choose a file, see the result" (bench/rod-controle.ts).
  useLayoutEffect(() => {
    if (report) performance.mark('opp-wijzer:rod-drawn');
  }, [report]);

  const saveName = school ? `rod-controle-${school.name}` : 'rod-controle';
  /** Few OPPs known for this export's arrangements: perhaps the list was never opened here. */
  const few = !!report && !school && !nothingKnown && report.totals.oppKnown < report.totals.withArrangement;

  return (
    <main class="page page--wide" lang={lang}>
      {school ? <SchoolHead lang={lang} school={school} /> : <>
      <h1>{t(lang, 'overzicht.title')}</h1>
      <p>{t(lang, 'overzicht.intro')} <a href="#bestuur">{t(lang, 'bestuur.link')}</a></p>
      {(nothingKnown || few) && (
        <KnownNotice lang={lang} known={report ? report.totals.oppKnown : 0} arrangements={report?.totals.withArrangement ?? 0} few={few} list={list} onList={api.readList ? addList : undefined} />
      )}
      {listed && !nothingKnown && !few && <p class="hint" data-list>{t(lang, 'bestuur.list.read', { bestand: listed.file, aantal: listed.count })}</p>}
      <details class="export-how" open={state.kind !== 'done'}>
        <summary>{t(lang, 'overzicht.how.title')}</summary>
        <p class="hint">{t(lang, 'overzicht.how')}</p>
      </details>

      <div class="setup">
      <div
        class={report ? 'drop' : 'drop drop--next'}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void open(e.dataTransfer?.files[0]);
        }}
      >
        <label for="export-file">{t(lang, 'overzicht.file')}</label>
        <input id="export-file" type="file" accept=".xlsx,.xls,.csv,.xml,.htm,.html,.txt" onChange={(e) => void open((e.target as HTMLInputElement).files?.[0])} />
        <p class="hint">{t(lang, 'overzicht.drop')}</p>
      </div>
      <p class="setup__date">
        <label for="peildatum">{t(lang, 'overzicht.peildatum')}</label>{' '}
        <input id="peildatum" type="date" aria-describedby="peildatum-hint" value={peildatum} onInput={(e) => { setPeildatum((e.target as HTMLInputElement).value); setFromExport(false); }} />
        {!ISO.test(peildatum) && <span class="error"> {t(lang, 'overzicht.error.datum')}</span>}{' '}
        <span id="peildatum-hint" class="hint">{t(lang, fromExport ? 'overzicht.peildatum.export' : 'overzicht.peildatum.duo')}</span>
      </p>
      </div>
      </>}

      {state.kind === 'busy' && <p role="status" aria-live="polite" class="busy">{t(lang, state.step)}</p>}
      {state.kind === 'error' && <p role="alert" class="error">{t(lang, state.key)}</p>}

      {report && (
        <section aria-labelledby="totals">
          <h2 id="totals" class="visually-hidden">{t(lang, 'overzicht.title')}</h2>
          <dl class="totals">
            {(['pupils', 'withArrangement', 'withoutArrangement', ...(nothingKnown ? [] : (['oppKnown', 'oppKnownByNameOnly', 'oppKnownWithoutArrangement'] as const))] as const).map((k) => (
              <div key={k} class={`total total--${k}`}>
                <dt>{t(lang, `overzicht.totals.${k}`)}</dt>
                <dd data-total={k}>{report.totals[k]}</dd>
              </div>
            ))}
            {nothingKnown && (
              <div class="total total--unknown">
                <dt>{t(lang, 'overzicht.totals.oppKnown')}</dt>
                <dd data-total="unknown">{t(lang, 'overzicht.totals.unknown')}</dd>
              </div>
            )}
          </dl>
          {report.truncated && <p class="error">{t(lang, 'overzicht.cut')}</p>}
          <div class="advice">
            <h3>{t(lang, 'overzicht.duo.title')}</h3>
            <p>{t(lang, 'overzicht.duo.text', { opps: report.totals.withArrangement, cluster: report.totals.cluster, zonder: report.totals.clusterWithoutArrangement })}</p>
            {report.totals.clusterWithoutArrangement > 0 || report.totals.oppKnownWithoutArrangement > 0 ? (
              <p class="advice__verdict">{t(lang, 'overzicht.duo.mismatch')}</p>
            ) : (
              !nothingKnown && <p class="advice__verdict">{t(lang, 'overzicht.duo.ok')}</p>
            )}
            {nothingKnown && <p class="advice__verdict advice__verdict--unknown">{t(lang, 'overzicht.duo.unknown')}</p>}
          </div>

          <p class="toolbar">
            <label>
              <input type="checkbox" checked={onlyAttention} onChange={(e) => { setOnlyAttention((e.target as HTMLInputElement).checked); setShown(PAGE); }} /> {t(lang, 'overzicht.filter')}
            </label>{' '}
            <button type="button" onClick={() => api.save(`${saveName}.csv`, reportFile(report, lang, 'csv'))}>{t(lang, 'overzicht.save.csv')}</button>{' '}
            <button type="button" class="primary" onClick={() => api.save(`${saveName}.xlsx`, reportFile(report, lang, 'xlsx'))}>{t(lang, 'overzicht.save.xlsx')}</button>
            {' '}<span role="status" class="count">{t(lang, 'overzicht.count', { aantal: rows.length, totaal: report.totals.pupils })}</span>
          </p>
          <p class="hint">{t(lang, 'overzicht.save.hint')}</p>

          <table class="report">
            <thead>
              <tr>
                {(['row', 'name', 'birth', 'group', 'status', 'flags', 'periods'] as const).map((c) => {
                  const key: SortKey | null = c === 'row' || c === 'name' || c === 'group' || c === 'status' ? c : null;
                  const label = t(lang, `overzicht.col.${c}`);
                  return (
                    <th key={c} scope="col" aria-sort={key && sort === key ? 'ascending' : undefined}>
                      {key ? <button type="button" class="link" onClick={() => setSort(key)} aria-label={t(lang, 'overzicht.sort', { kolom: label })}>{label}</button> : label}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((p) => <ReportRow key={`${p.row}`} lang={lang} pupil={p} guideShown={guideRow === p.row} onGuide={() => setGuideRow(p.row)} />)}
            </tbody>
          </table>
          {rows.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t(lang, 'overzicht.count', { aantal: shown, totaal: rows.length })} ▾
            </button>
          )}
        </section>
      )}
    </main>
  );
}

function ReportRow({ lang, pupil: p, guideShown, onGuide }: { lang: Lang; pupil: PupilResult; guideShown: boolean; onGuide: () => void }) {
  return (
    <tr class={`status--${p.status}`} data-row={p.row}>
      <td>{p.row}</td>
      <td>{p.name}</td>
      <td>{isoToDmy(p.birth)}</td>
      <td>{p.group}</td>
      <td class="report__status">{t(lang, `overzicht.status.${p.status}`)}</td>
      <td>
        {p.flags.map((f) => <div key={f}>{flagText(lang, p, f)}</div>)}
        {p.status === 'ontbreekt' && <button type="button" class="link" aria-expanded={guideShown} onClick={onGuide}>{t(lang, 'overzicht.guide')}</button>}
        {/* The guide runs in ParnasSys, beside this pupil: one sentence says where it starts. */}
        {guideShown && <p role="status" class="guide-where">{t(lang, 'overzicht.guide.where')}</p>}
      </td>
      <td>{p.periods.map((x) => `${isoToDmy(x.begin)} – ${isoToDmy(x.end)}`).join('; ')}</td>
    </tr>
  );
}

/** Few or no OPPs known on this computer: said first, with the two ways to fix it. */
function KnownNotice({ lang, known, arrangements, few, list, onList }: { lang: Lang; known: number; arrangements: number; few: boolean; list: SavedList | null; onList?: (file: File | undefined) => void }) {
  return (
    <section class="known" aria-labelledby="known-title">
      <h2 id="known-title">{few ? t(lang, 'overzicht.known.few.title', { opps: known, arrangementen: arrangements }) : t(lang, 'overzicht.known.none.title')}</h2>
      <p>{t(lang, 'overzicht.known.why')}</p>
      <ul>
        <li>{t(lang, 'overzicht.known.open')}</li>
        {onList && (
          <li>
            <label for="list-file">{t(lang, 'overzicht.known.add')}</label>{' '}
            <input id="list-file" type="file" accept=".html,.htm,.mhtml,.xhtml" onChange={(e) => onList((e.target as HTMLInputElement).files?.[0])} />
            {list && ('error' in list ? <span class="error" role="alert"> {t(lang, 'bestuur.list.error', { bestand: list.file })}</span> : <span class="hint" data-list> {t(lang, 'bestuur.list.read', { bestand: list.file, aantal: list.count })}</span>)}
          </li>
        )}
      </ul>
    </section>
  );
}

/** The board's school: its name, the board's peildatum, the way back, and which rows are which file. */
function SchoolHead({ lang, school }: { lang: Lang; school: OneSchool }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the board's table: the heading has the focus, so a screen reader says where it is.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <>
      <p><button type="button" class="link" onClick={school.back}>{t(lang, 'bestuur.back')}</button></p>
      <h1 ref={heading} tabIndex={-1}>{t(lang, 'bestuur.school.title', { school: school.name })}</h1>
      <p>{t(lang, 'bestuur.school.peildatum', { datum: isoToDmy(school.peildatum) })}</p>
      {school.files.length > 1 && (
        <div class="hint">
          <p>{t(lang, 'bestuur.school.files')}</p>
          <ul>{school.files.map((f) => <li key={f.file}>{t(lang, 'bestuur.school.file', { bestand: f.file, van: f.first, tot: f.last, eigenVan: f.first - f.offset, eigenTot: f.last - f.offset })}</li>)}</ul>
        </div>
      )}
    </>
  );
}
