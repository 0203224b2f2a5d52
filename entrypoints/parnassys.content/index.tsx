import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkWithMemory } from '../../lib/check/pupil-check';
import { contentShell } from '../../lib/show/content-shell';
import { mountPupilBadge } from '../../lib/show/pupil-badge-layer';
import { OPP_TERMS } from '../../lib/terms/opp-terms';
import { ARRANGEMENT_TERMS } from '../../lib/terms/parnassys-terms';
import { PUPIL_TERMS } from '../../lib/terms/pupil-terms';

export default defineContentScript({
  matches: ['https://*.parnassys.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    return contentShell(ctx, (env) => {
      const badge = mountPupilBadge(env);
      return {
        app: 'parnassys',
        sampleTerms: [OPP_TERMS, ARRANGEMENT_TERMS, PUPIL_TERMS],
        // The pupil's link is asked of storage first: a read may be overtaken by a newer one.
        check: (page, { lang, disabledChecks, oppTerms, arrangementTerms, evaluationsAdvised }) =>
          checkWithMemory(page, { lang, disabledRules: disabledChecks, extraTerms: oppTerms, extraArrangementTerms: arrangementTerms, evaluationsAdvised }),
        draw: badge.draw,
        clear: badge.clear,
        leave: badge.leave,
        focus: (rule, last) => {
          const where = last?.report.findings.find((f) => f.rule === rule)?.evidence[0]?.where;
          const el = where ? last?.anchors.get(where) : undefined;
          el?.scrollIntoView({ block: 'center' });
        },
      };
    });
  },
});
