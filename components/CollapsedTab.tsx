import type { Report } from '../lib/contract';
import { t, type Lang } from '../lib/i18n';
import type { Side } from './Sidebar';

/** The sidebar folded to a small tab at the screen edge, still showing the fail count. */
export function CollapsedTab({ report, lang, side, onOpen }: { report: Report; lang: Lang; side: Side; onOpen(): void }) {
  const fails = report.findings.filter((f) => f.status === 'fail').length;
  return (
    <aside class={`tab tab--${side}`} aria-label="OPP-wijzer" lang={lang}>
      <button type="button" onClick={onOpen} aria-label={t(lang, 'sidebar.open-label', { fail: fails })}>
        <span aria-hidden="true">OPP</span>
        <span class={fails ? 'tab__count tab__count--fail' : 'tab__count'} aria-hidden="true">
          {fails}
        </span>
      </button>
    </aside>
  );
}
