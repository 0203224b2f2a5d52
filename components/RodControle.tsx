/**
 * The ROD-controle page: the school's ParnasSys export against the OPPs OPP-wijzer knows.
 * The file is read in a worker on this machine and held in memory only: nothing of it is
 * stored or sent, and closing the page forgets it.
 */
import '../lib/i18n-ui';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { isoToDmy, todayIso } from '../lib/dates';
import guide from '../lib/guides/catalog/parnassys-rod';
import { compareExport, type OppKnown, type OverzichtReport, type PupilResult } from '../lib/overzicht/compare';
import type { ExportTable } from '../lib/overzicht/export-rows';
import type { SchoolFile } from '../lib/overzicht/board';
import type { ExportError, ExportResult } from '../lib/overzicht/read-export';
import { reportFile } from '../lib/overzicht/report-file';
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
  const [onlyAttention, setOnlyAttention] = useState(true);
  const [sort, setSort] = useState<SortKey>('status');
  const [shown, setShown] = useState(PAGE);
  const guideRef = useRef<HTMLDetailsElement>(null);

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
    setState({ kind: 'done', table: result.table, oppOf, cycleOf });
  };

  const report = useMemo<OverzichtReport | null>(
    () => (state.kind === 'done' && ISO.test(peildatum) ? compareExport(state.table, peildatum, state.oppOf, state.cycleOf) : null),
    [state, peildatum],
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
  const showGuide = () => {
    if (guideRef.current) guideRef.current.open = true;
    guideRef.current?.scrollIntoView({ block: 'start' });
    guideRef.current?.querySelector('summary')?.focus();
  };

  return (
    <main class="page page--wide" lang={lang}>
      {school ? <SchoolHead lang={lang} school={school} /> : <>
      <h1>{t(lang, 'overzicht.title')}</h1>
      <p>{t(lang, 'overzicht.intro')}</p>
      <p class="hint">{t(lang, 'overzicht.how')}</p>

      <div
        class="drop"
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
      <p>
        <label for="peildatum">{t(lang, 'overzicht.peildatum')}</label>{' '}
        <input id="peildatum" type="date" value={peildatum} onInput={(e) => setPeildatum((e.target as HTMLInputElement).value)} />
        {!ISO.test(peildatum) && <span class="error"> {t(lang, 'overzicht.error.datum')}</span>}
      </p>
      <p><a href="#bestuur">{t(lang, 'bestuur.link')}</a></p>
      </>}

      {state.kind === 'busy' && <p role="status" aria-live="polite" class="busy">{t(lang, state.step)}</p>}
      {state.kind === 'error' && <p role="alert" class="error">{t(lang, state.key)}</p>}

      {report && (
        <section aria-labelledby="totals">
          <h2 id="totals" class="visually-hidden">{t(lang, 'overzicht.title')}</h2>
          <dl class="totals">
            {(['pupils', 'withArrangement', 'withoutArrangement', 'oppKnown', 'oppKnownByNameOnly', 'oppKnownWithoutArrangement'] as const).map((k) => (
              <div key={k} class={`total total--${k}`}>
                <dt>{t(lang, `overzicht.totals.${k}`)}</dt>
                <dd data-total={k}>{report.totals[k]}</dd>
              </div>
            ))}
          </dl>
          {report.truncated && <p class="error">{t(lang, 'overzicht.cut')}</p>}
          <div class="advice">
            <h3>{t(lang, 'overzicht.duo.title')}</h3>
            <p>{t(lang, 'overzicht.duo.text', { opps: report.totals.withArrangement, cluster: report.totals.cluster, zonder: report.totals.clusterWithoutArrangement })}</p>
            <p class="advice__verdict">{t(lang, report.totals.clusterWithoutArrangement > 0 || report.totals.oppKnownWithoutArrangement > 0 ? 'overzicht.duo.mismatch' : 'overzicht.duo.ok')}</p>
          </div>

          <details ref={guideRef} class="guide-steps">
            <summary>{t(lang, guide.title as MessageKey)}</summary>
            <ol>{guide.steps.map((s) => <li key={s.id}>{t(lang, s.instruction as MessageKey)}</li>)}</ol>
          </details>

          <p class="toolbar">
            <label>
              <input type="checkbox" checked={onlyAttention} onChange={(e) => { setOnlyAttention((e.target as HTMLInputElement).checked); setShown(PAGE); }} /> {t(lang, 'overzicht.filter')}
            </label>{' '}
            <button type="button" onClick={() => api.save(`${saveName}.csv`, reportFile(report, lang, 'csv'))}>{t(lang, 'overzicht.save.csv')}</button>{' '}
            <button type="button" onClick={() => api.save(`${saveName}.xlsx`, reportFile(report, lang, 'xlsx'))}>{t(lang, 'overzicht.save.xlsx')}</button>
          </p>
          <p class="hint">{t(lang, 'overzicht.save.hint')}</p>
          <p role="status" class="count">{t(lang, 'overzicht.count', { aantal: rows.length, totaal: report.totals.pupils })}</p>

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
              {rows.slice(0, shown).map((p) => <ReportRow key={`${p.row}`} lang={lang} pupil={p} onGuide={showGuide} />)}
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

function ReportRow({ lang, pupil: p, onGuide }: { lang: Lang; pupil: PupilResult; onGuide: () => void }) {
  return (
    <tr class={`status--${p.status}`} data-row={p.row}>
      <td>{p.row}</td>
      <td>{p.name}</td>
      <td>{isoToDmy(p.birth)}</td>
      <td>{p.group}</td>
      <td class="report__status">{t(lang, `overzicht.status.${p.status}`)}</td>
      <td>
        {p.flags.map((f) => <div key={f}>{flagText(lang, p, f)}</div>)}
        {p.status === 'ontbreekt' && <button type="button" class="link" onClick={onGuide}>{t(lang, 'overzicht.guide')}</button>}
      </td>
      <td>{p.periods.map((x) => `${isoToDmy(x.begin)} – ${isoToDmy(x.end)}`).join('; ')}</td>
    </tr>
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
