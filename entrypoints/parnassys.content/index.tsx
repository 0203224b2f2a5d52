import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PupilBadge } from '../../components/PupilBadge';
import { langFrom, t } from '../../lib/i18n';
import { isoToDmy } from '../../lib/dates';
import type { PageCheck } from '../../lib/check/core';
import { loadSettings, onSettingsChange } from '../../lib/settings/settings-store';
import { loadContentTexts } from '../../lib/show/content-texts';
import { answerPopup } from '../../lib/show/answer-popup';
import { reportSender } from '../../lib/show/report-sender';
import { settler } from '../../lib/check/settle';
import { guardedAsync } from '../../lib/show/guarded';
import { mountGuideRunner } from '../../lib/guides/lazy-runner';
import { updateLink } from '../../lib/privacy/link-client';
import { watchPage } from '../../lib/read/watch-page';
import { mountShadowLayer } from '../../lib/show/shadow-layer';
import { checkWithMemory } from '../../lib/privacy/pupil-session';
import badgeCss from '../../components/pupil-badge.css?inline';
import { loadLazy } from '../../lib/lazy/load-lazy';
import type { Pointing } from '../../lib/lazy/point-at';
import { teach, taughtLabels } from '../../lib/taught/taught-client';
import { sameLabel } from '../../lib/taught/taught-format';
import { teachableArrangementParts } from '../../lib/taught/teachable';
import { countsOnBadge } from '../../lib/judge/rule-index';
import type { ArrangementPart } from '../../lib/terms/parnassys-terms';
import type { MessageKey } from '../../lib/i18n';
import { OPP_TERMS } from '../../lib/terms/opp-terms';
import { ARRANGEMENT_TERMS } from '../../lib/terms/parnassys-terms';
import { PUPIL_TERMS } from '../../lib/terms/pupil-terms';

/** Where the name's text is (a heading box is as wide as the page; its text is not). */
function textRect(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  const rect = range.getBoundingClientRect();
  return rect.width > 0 ? rect : el.getBoundingClientRect();
}

export default defineContentScript({
  matches: ['https://*.parnassys.net/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // This content script carries no texts or guides of its own: the background mirrors them.
    // Read with the settings, in the browser's language (the likely one), not after them.
    const likely = langFrom(navigator.language);
    let [settings] = await Promise.all([loadSettings(), loadContentTexts(likely)]);
    if (settings.lang !== likely) await loadContentTexts(settings.lang);
    const lang = settings.lang;
    const guides = mountGuideRunner(ctx, lang);
    let last: PageCheck | null = null;
    const layer = mountShadowLayer(ctx, 'opp-wijzer-pupil', badgeCss);
    const pointRoot = document.createElement('div');
    layer.shadow.append(pointRoot);
    /**
     * "Wijs het aan" in progress (its drawing once its module is loaded: the first time it is
     * asked for), and what was taught before (to ask which meaning wins).
     */
    let pointing: Pointing | null = null;
    let taught: { label: string; part: string }[] = [];
    const stopPointing = () => {
      pointing?.close();
      pointing = null;
    };
    let sequence = 0;
    const sendReport = reportSender();

    /** OPP-wijzer's own code failed on this page (lib/show/guarded.ts): no badge of an earlier reading. */
    let readFailed = false;
    const fail = () => {
      readFailed = true;
      last = null;
      stopPointing();
      render(null, layer.uiContainer);
      sendReport({ app: 'parnassys', page: 'other', findings: [] });
    };

    /** `structural`: Ajax changed the page; a part it removed may be on its way back (settle.ts). */
    const read = async (structural: boolean) => {
      const mine = ++sequence;
      const { check: read, key, link } = await checkWithMemory({
        lang: settings.lang,
        disabledRules: settings.disabledChecks,
        extraTerms: settings.oppTerms,
        extraArrangementTerms: settings.arrangementTerms,
        evaluationsAdvised: settings.evaluationsAdvised,
      });
      // A newer run started while this one waited for storage: it has the newer page.
      if (mine !== sequence) return;
      const check = structural ? settle.hold(last, read, lang) : read;
      last = check;
      sendReport(check.report);

      const start = link?.oppStart;
      guides.setHint('begindatum', start ? t(lang, 'guide.step.ps-begindatum.suggest', { datum: isoToDmy(start) }) : undefined);
      guides.refresh();

      const trouble = check.report.findings.find((f) => countsOnBadge(f.rule) && (f.status === 'fail' || f.status === 'review'));
      // No OPP known and no arrangement: nothing is wrong that OPP-wijzer knows of, so no toolbar
      // "?"; beside the name only the question, with "Deze leerling heeft een OPP" to answer it.
      const unknownOpp = !!key && !link?.oppStart && !link?.oppSeen && !link?.userSaysOpp;
      const question = !trouble && unknownOpp && check.report.page === 'arrangements' ? check.report.findings.find((f) => f.rule === 'rod.arrangement' && f.status === 'n/a') : undefined;
      const shown = trouble ?? question;
      const rect = check.pupil ? textRect(check.pupil.anchor) : null;
      const pointParts = trouble ? teachableArrangementParts(trouble, check.report.page) : null;
      if (!pointParts) stopPointing();
      if (pointing && pointParts) {
        pointing.draw({
          parts: pointParts,
          partName: (part) => t(lang, `part.arrangement.${part}` as MessageKey),
          pupilName: check.pupil?.name ?? null,
          meaningOf: (label) => taught.find((l) => sameLabel(l.label, label))?.part ?? null,
          onTeach: (part, label) => teach({ dictionary: 'parnassys', part: part as ArrangementPart, label }).catch(() => false),
          onClose: () => {
            stopPointing();
            void run();
          },
        });
      }
      render(
        shown ? (
          <PupilBadge
            finding={shown}
            lang={lang}
            anchor={rect}
            canSayOpp={unknownOpp && shown.status !== 'fail'}
            onRegister={() => guides.start('parnassys-rod')}
            onSayOpp={() => {
              if (key) void updateLink(key, { userSaysOpp: true }).then(() => run(), () => undefined);
            }}
            onPoint={
              pointParts
                ? () => {
                    void taughtLabels().then((loaded) => {
                      taught = loaded.kind === 'ok' ? loaded.labels.filter((l) => l.dictionary === 'parnassys') : [];
                    }, () => undefined);
                    void loadLazy('point-at')
                      .then((module) => module.startPointing(pointRoot, lang))
                      .then((session) => {
                        stopPointing();
                        pointing = session;
                        void run();
                      }, () => undefined);
                  }
                : undefined
            }
          />
        ) : null,
        layer.uiContainer,
      );
      readFailed = false;
    };

    const run = (structural = false) => guardedAsync(() => read(structural), fail);
    const settle = settler(() => void run(), ctx.signal);
    void run();
    watchPage(
      document,
      (change) => {
        // Another view without a page load: "Wijs het aan" of the view before closes, nothing is held.
        if (change.navigated) stopPointing();
        void run(change.structural && !change.navigated);
      },
      ctx.signal,
    );
    addEventListener('resize', () => void run(), { signal: ctx.signal });
    onSettingsChange(async () => {
      settings = await loadSettings();
      await loadContentTexts(settings.lang);
      void run();
    }, ctx.signal);
    answerPopup(
      {
        report: () => last?.report ?? null,
        readFailed: () => readFailed,
        focus: (rule) => {
          const where = last?.report.findings.find((f) => f.rule === rule)?.evidence[0]?.where;
          const el = where ? last?.anchors.get(where) : undefined;
          el?.scrollIntoView({ block: 'center' });
        },
        startGuide: (guide) => guides.start(guide),
        sampleTerms: [OPP_TERMS, ARRANGEMENT_TERMS, PUPIL_TERMS],
      },
      ctx.signal,
    );
    ctx.setInterval(() => undefined, 1000);
  },
});
