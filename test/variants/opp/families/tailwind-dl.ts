/** Tailwind UI description lists: a dl of div rows with dt/dd in a grid, sections as cards with a heading. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, shownParagraphs } from '../opp-controls';
import type { OppField } from '../opp-facts';
import type { OppFamily } from './index';

const field = (f: OppField) => `<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4 sm:px-0"><dt class="text-sm font-medium leading-6 text-gray-900">${esc(f.label)}</dt><dd class="mt-1 text-sm leading-6 text-gray-700 sm:col-span-2 sm:mt-0">${shownParagraphs(f.value, 'span')}</dd></div>`;

export const tailwindDl: OppFamily = {
  id: 'tailwind-dl',
  about: 'Tailwind UI description lists: dl > div rows with dt/dd, sections as cards with a heading',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `<div class="overflow-hidden bg-white shadow sm:rounded-lg">${s.heading ? `<div class="px-4 py-6 sm:px-6"><h3 class="text-base font-semibold leading-7 text-gray-900">${esc(s.heading)}</h3></div>` : ''}<div class="border-t border-gray-100"><dl class="divide-y divide-gray-100">${fields(field)}</dl></div></div>`);
    return page('Topdossier', `<div class="min-h-full">${identity('title-dash', doc.pupil, doc.title)}<main class="mx-auto max-w-7xl">${body}</main></div>`);
  },
};
