/**
 * OPP-wijzer's layer on a ParnasSys pupil page: a badge beside the pupil's name with what is
 * wrong (or the question whether the pupil has an OPP), and "Wijs het aan" for a list it
 * could not read.
 */
import { render } from 'preact';
import { PupilBadge } from '../../components/PupilBadge';
import badgeCss from '../../components/pupil-badge.css?inline';
import type { PupilCheck } from '../check/pupil-check';
import { isoToDmy } from '../dates';
import { t, type MessageKey } from '../i18n';
import { countsOnBadge } from '../judge/rule-index';
import { updateLink } from '../privacy/link-client';
import { teach } from '../taught/taught-client';
import { teachableArrangementParts } from '../taught/teachable';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { ShellEnv } from './content-shell';
import { pointingController } from './pointing';
import { mountShadowLayer } from './shadow-layer';

export interface PupilBadgeLayer {
  draw(check: PupilCheck): void;
  /** Nothing of an earlier reading stays (OPP-wijzer's own code failed). */
  clear(): void;
  /** Another view: "Wijs het aan" of the view before closes. */
  leave(): void;
}

/** How long the window keeps its size before the badge is placed anew. */
const RESIZE_SETTLE_MS = 120;

export function mountPupilBadge({ ctx, page, lang, guides, run }: ShellEnv): PupilBadgeLayer {
  const layer = mountShadowLayer(ctx, 'opp-wijzer-pupil', badgeCss);
  /** "Wijs het aan" in progress (lib/show/pointing.ts). */
  const pointing = pointingController<string>(layer.shadow, lang, page);
  // The badge sits beside the name, which moves with the window's width: read again once the
  // window stops changing (a read per resize event is a whole page read per frame of a drag).
  let later: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'resize',
    () => {
      clearTimeout(later);
      later = setTimeout(run, RESIZE_SETTLE_MS);
    },
    { signal: ctx.signal },
  );
  ctx.signal.addEventListener('abort', () => clearTimeout(later));
  return {
    draw(check) {
      const { key, link } = check;
      const start = link?.oppStart;
      guides.setHint('begindatum', start ? t(lang, 'guide.step.ps-begindatum.suggest', { datum: isoToDmy(start) }) : undefined);

      const trouble = check.report.findings.find((f) => countsOnBadge(f.rule) && (f.status === 'fail' || f.status === 'review'));
      // No OPP known and no arrangement: nothing is wrong that OPP-wijzer knows of, so no toolbar
      // "?"; beside the name only the question, with "Deze leerling heeft een OPP" to answer it.
      const unknownOpp = !!key && !link?.oppStart && !link?.oppSeen && !link?.userSaysOpp;
      const question = !trouble && unknownOpp && check.report.page === 'arrangements' ? check.report.findings.find((f) => f.rule === 'rod.arrangement' && f.status === 'n/a') : undefined;
      const shown = trouble ?? question;
      // Where the name's text is (a heading box is as wide as the page; its text is not).
      const rect = check.pupil ? page.textRect(check.pupil.anchor) : null;
      const pointParts = trouble ? teachableArrangementParts(trouble, check.report.page) : null;
      if (!pointParts) pointing.stop();
      else
        pointing.draw(
          {
            parts: pointParts,
            partName: (part) => t(lang, `part.arrangement.${part}` as MessageKey),
            pupilName: check.pupil?.name ?? null,
            onTeach: (part, label) => teach({ dictionary: 'parnassys', part: part as ArrangementPart, label }).catch(() => false),
            onClose: () => {
              pointing.stop();
              run();
            },
          },
          'parnassys',
        );
      // While a guide's callout shows, the badge makes way for it (the callout is what the user needs).
      render(
        shown && !guides.showing() ? (
          <PupilBadge
            // One badge per pupil: a close on this page is this pupil's, not the next one's (Ajax to another pupil).
            key={key ?? ''}
            finding={shown}
            lang={lang}
            anchor={rect}
            canSayOpp={unknownOpp && shown.status !== 'fail'}
            onRegister={() => guides.start('parnassys-rod')}
            onSayOpp={() => {
              if (key) void updateLink(key, { userSaysOpp: true }).then(run, () => undefined);
            }}
            onPoint={pointParts ? () => pointing.start('arrangement', run) : undefined}
            // Closed per pupil, in their link (a salted key): another pupil's badge stays. A pupil
            // the page does not identify keeps the close for this page only.
            closed={{ closed: link?.badgeClosed ?? null, onClose: (state) => key && void updateLink(key, { badgeClosed: state }).catch(() => undefined) }}
          />
        ) : null,
        layer.uiContainer,
      );
    },
    clear() {
      pointing.stop();
      render(null, layer.uiContainer);
    },
    leave: () => pointing.stop(),
  };
}
