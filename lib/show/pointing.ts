/**
 * "Wijs het aan" for either app's layer: which subject (a finding) the user points for, the
 * drawing once its module is loaded (lib/lazy/point-at.tsx, loaded the first time it is asked
 * for), and what was taught before, to ask which meaning wins.
 */
import type { Lang } from '../i18n';
import type { PageSession } from '../read/page-session';
import { loadLazy } from '../lazy/load-lazy';
import type { Pointing, PointingProps } from '../lazy/point-at';
import { taughtLabels } from '../taught/taught-client';
import { sameLabel, type TaughtLabel } from '../taught/taught-format';

export interface PointingController<T> {
  /** Starts pointing for `subject`; `ready` hears when it can be drawn, `failed` when it cannot. */
  start(subject: T, ready: () => void, failed?: () => void): void;
  /** What the user points for now (also while its module loads); null: not pointing. */
  subject(): T | null;
  /** Draws the session once it is loaded (before, nothing); a new `key` starts it over. */
  draw(props: Omit<PointingProps, 'meaningOf'>, dictionary: TaughtLabel['dictionary'], key?: string): void;
  stop(): void;
}

/** `layer`: the shadow root of the layer the pointing is drawn in (in an element of its own); `page`: what is pointed at. */
export function pointingController<T>(layer: ShadowRoot, lang: Lang, page: PageSession): PointingController<T> {
  // Our own element in our own layer.
  const container = document.createElement('div');
  layer.append(container);
  let subject: T | null = null;
  /** Each start's number: a module that loads after a later start (or a stop) is closed at once. */
  let started = 0;
  let session: Pointing | null = null;
  let taught: TaughtLabel[] = [];
  const stop = () => {
    started++;
    subject = null;
    session?.close();
    session = null;
  };
  return {
    start(next, ready, failed) {
      stop();
      const mine = started;
      subject = next;
      void taughtLabels().then((loaded) => {
        taught = loaded.kind === 'ok' ? loaded.labels : [];
      }, () => undefined);
      void loadLazy('point-at')
        .then((module) => module.startPointing(container, lang, page))
        .then(
          (loaded) => {
            // Stopped, or started again, while the module loaded.
            if (mine !== started) return loaded.close();
            session = loaded;
            ready();
          },
          () => {
            if (mine !== started) return;
            subject = null;
            failed?.();
          },
        );
    },
    subject: () => subject,
    draw(props, dictionary, key) {
      session?.draw({ ...props, meaningOf: (label) => taught.find((l) => l.dictionary === dictionary && sameLabel(l.label, label))?.part ?? null }, key);
    },
    stop,
  };
}
