/**
 * The board's view as a small bar chart, inline SVG: per school the registered OPPs
 * (arrangements on the peildatum), the pupils with cluster 1 or 2, and the OPPs without an
 * arrangement, with DUO's ja/nee beside them. The table above holds the same numbers as text.
 */
import { t, type Lang } from '../lib/i18n';
import type { BoardReport } from '../lib/overzicht/board';

const BARS = [
  { key: 'withArrangement', color: '#1a56db' },
  { key: 'cluster', color: '#7a4f00' },
  { key: 'oppKnownWithoutArrangement', color: '#b3261e' },
] as const;
const NAME_W = 200;
const BAR_W = 420;
const BAR_H = 10;
const ROW_H = BARS.length * BAR_H + 14;
const TOP = 4;

export function BoardChart({ lang, board }: { lang: Lang; board: BoardReport }) {
  const max = Math.max(1, ...board.schools.flatMap((s) => BARS.map((b) => s.report.totals[b.key])));
  const height = TOP + board.schools.length * ROW_H;
  const width = NAME_W + BAR_W + 80;
  const cut = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);
  return (
    <figure class="board-chart">
      <figcaption id="board-chart-title">{t(lang, 'bestuur.chart')}</figcaption>
      <ul class="board-chart__legend" aria-hidden="true">
        {BARS.map((b) => <li key={b.key}><span style={{ background: b.color }} /> {t(lang, `bestuur.col.${b.key}`)}</li>)}
      </ul>
      <svg role="img" aria-labelledby="board-chart-title" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {board.schools.map((s, row) => {
          const y = TOP + row * ROW_H;
          return (
            <g key={s.school.key} data-chart-school={s.school.name}>
              <text x={NAME_W - 8} y={y + ROW_H / 2} text-anchor="end" font-size="12" fill="#1b1b1f">{cut(s.school.name)}</text>
              {BARS.map((b, i) => {
                const n = s.report.totals[b.key];
                const w = (n / max) * BAR_W;
                return (
                  <g key={b.key}>
                    <rect x={NAME_W} y={y + 3 + i * BAR_H} width={Math.max(w, n ? 2 : 0)} height={BAR_H - 1} fill={b.color} data-bar={b.key} data-value={n} />
                    <text x={NAME_W + w + 4} y={y + 3 + i * BAR_H + BAR_H - 1} font-size="10" fill="#1b1b1f">{n}</text>
                  </g>
                );
              })}
              <text x={width - 8} y={y + ROW_H / 2} text-anchor="end" font-size="12" font-weight="700" fill={s.duo ? '#1e6b34' : '#b3261e'}>
                {t(lang, s.duo ? 'bestuur.duo.ja' : 'bestuur.duo.nee')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
