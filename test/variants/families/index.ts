/** Every markup family of the variant corpus: adding one is one file and one line here. */
import type { Family } from '../facts';
import { ariaTabsGrid } from './aria-tabs-grid';
import { cards } from './cards';
import { componentLibrary } from './component-library';
import { definitionList } from './definition-list';
import { fieldsetLegend } from './fieldset-legend';
import { labelvalueDivs } from './labelvalue-divs';
import { printView } from './print-view';
import { wicketDatatable } from './wicket-datatable';
import { otherSections } from './other-sections';
import { periodsInWords } from './periods-in-words';
import { feedbackSentences } from './feedback-sentences';
import { hiddenTabPanel } from './hidden-tab-panel';
import { identityLine } from './identity-line';

export const FAMILIES: readonly Family[] = [
  wicketDatatable, labelvalueDivs, definitionList, fieldsetLegend, ariaTabsGrid, cards, printView, componentLibrary,
  // Issue #22: pages the first families did not describe.
  otherSections, periodsInWords, feedbackSentences, hiddenTabPanel, identityLine,
];
