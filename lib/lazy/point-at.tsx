/**
 * Lazy module (lib/lazy/load-lazy.ts): "Wijs het aan", loaded when a user first asks for it.
 * It draws in its own element of the layer with its own copy of Preact, its styles beside it,
 * and reads the page texts of its language itself (its own copy of lib/i18n).
 */
import { render } from 'preact';
import { PointAt, type PointAtProps } from '../../components/PointAt';
import pointCss from '../../components/point.css?inline';
import { loadContentTexts } from '../show/content-texts';
import type { PageSession } from '../read/page-session';
import { pagePointer } from '../read/point-candidates';
import { refusal } from '../taught/refusal';
import type { Lang } from '../i18n';

export type PointingProps = Omit<PointAtProps, 'lang' | 'pointer' | 'refusalOf'> & {
  /** The pupil of the page, whose name is never taken as a label. */
  pupilName: string | null;
};

export interface Pointing {
  /** Draws (or redraws) the session; a new `key` starts it over for another finding. */
  draw(props: PointingProps, key?: string): void;
  close(): void;
}

/** One session of pointing: one pointer over the page as it is now (lib/read/point-candidates.ts). */
export async function startPointing(container: Element, lang: Lang, page: PageSession): Promise<Pointing> {
  await loadContentTexts(lang);
  const pointer = pagePointer(page.doc);
  return {
    draw({ pupilName, ...props }, key) {
      render(
        <>
          <style>{pointCss}</style>
          <PointAt key={key} lang={lang} pointer={pointer} refusalOf={(label) => refusal(label, pupilName)} {...props} />
        </>,
        container,
      );
    },
    close() {
      render(null, container);
    },
  };
}
