/** The OPP process from the board's guidance (docs/regels.md), in order, each step with its source and, where one exists, a guide. */
import type { MessageKey } from '../i18n';

export interface ChecklistItem {
  id: string;
  text: MessageKey;
  source: MessageKey;
  guides: string[];
  /** Opens the decision aid instead of a guide. */
  decide?: true;
  /** Where OPP-wijzer checks this step itself: the rule, and the page it runs on. */
  checked?: { rule: string; where: MessageKey };
}

export const PROCESS_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'besluit', text: 'checklist.decide', source: 'source.needed.basis', guides: [], decide: true },
  { id: 'termijn', text: 'checklist.six-weeks', source: 'source.termijn', guides: [] },
  { id: 'onderdelen', text: 'checklist.parts', source: 'source.inhoud', guides: [] },
  { id: 'hoorrecht', text: 'checklist.hear', source: 'source.hoorrecht', guides: [] },
  { id: 'instemming', text: 'checklist.consent', source: 'source.instemming', guides: [] },
  { id: 'rod', text: 'checklist.rod', source: 'source.rod', guides: ['parnassys-rod', 'parnassys-overzicht'] },
  { id: 'pdf', text: 'checklist.pdf', source: 'source.pdf', guides: ['opp-pdf-jaarlijks'], checked: { rule: 'rod.pdf', where: 'checklist.checked.pdf' } },
  { id: 'evaluatie', text: 'checklist.evaluate', source: 'source.evaluatie', guides: [] },
  { id: 'privacy', text: 'checklist.privacy', source: 'source.privacy', guides: ['topdossier-2fa-school', 'topdossier-bewaartermijn', 'topdossier-2fa-eigen'] },
];
