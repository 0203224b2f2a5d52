/** The OPP process from the board's guidance (docs/regels.md), in order, each step with its source and, where one exists, a guide. */
import type { MessageKey } from '../i18n';

export interface ChecklistItem {
  id: string;
  /** A few words for the folded list (the popup fits in the 600 px the browser allows). */
  title: MessageKey;
  text: MessageKey;
  source: MessageKey;
  guides: string[];
  /** Opens the decision aid instead of a guide. */
  decide?: true;
  /** Where OPP-wijzer checks this step itself: the rule, and the page it runs on. */
  checked?: { rule: string; where: MessageKey };
}

export const PROCESS_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'besluit', title: 'checklist.title.besluit', text: 'checklist.decide', source: 'source.needed.basis', guides: [], decide: true },
  { id: 'termijn', title: 'checklist.title.termijn', text: 'checklist.six-weeks', source: 'source.termijn', guides: [] },
  { id: 'onderdelen', title: 'checklist.title.onderdelen', text: 'checklist.parts', source: 'source.inhoud', guides: [] },
  { id: 'hoorrecht', title: 'checklist.title.hoorrecht', text: 'checklist.hear', source: 'source.hoorrecht', guides: [] },
  { id: 'instemming', title: 'checklist.title.instemming', text: 'checklist.consent', source: 'source.instemming', guides: [] },
  { id: 'rod', title: 'checklist.title.rod', text: 'checklist.rod', source: 'source.rod', guides: ['parnassys-rod', 'parnassys-overzicht'] },
  { id: 'pdf', title: 'checklist.title.pdf', text: 'checklist.pdf', source: 'source.pdf', guides: ['opp-pdf-jaarlijks'], checked: { rule: 'rod.pdf', where: 'checklist.checked.pdf' } },
  { id: 'evaluatie', title: 'checklist.title.evaluatie', text: 'checklist.evaluate', source: 'source.evaluatie', guides: [] },
  { id: 'privacy', title: 'checklist.title.privacy', text: 'checklist.privacy', source: 'source.privacy', guides: ['topdossier-schoolinstellingen', 'topdossier-2fa-eigen'] },
];
