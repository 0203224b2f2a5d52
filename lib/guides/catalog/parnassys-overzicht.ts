/** docs/regels.md#overzicht-aangemelde-opps: a dynamic overview with the arrangement column, to Excel. */
import type { Guide, Target } from '../guide-schema';
import { PS_PUPIL_MENU, SAVED, SAVE_BUTTON } from './shared-targets';

const OVERVIEW: Target = { texts: ['Dynamisch overzicht', 'Dynamische overzichten'], kind: 'any' };
const COLUMNS: Target = { texts: ['Kolommen kiezen', 'Kolommen'], kind: 'any' };
const COLUMN: Target = { texts: ['Onderwijsarrangement peildatum (ingangsdatum)', 'Onderwijsarrangement peildatum'], kind: 'any' };
const EXCEL: Target = { texts: ['Exporteren naar Excel', 'Export naar Excel', 'Excel'], kind: 'any' };

const guide: Guide = {
  id: 'parnassys-overzicht',
  title: 'guide.parnassys-overzicht.title',
  steps: [
    { id: 'leerling', target: PS_PUPIL_MENU, instruction: 'guide.step.ps-leerling-menu', skippable: false,
      done: [{ kind: 'appears', target: OVERVIEW }, { kind: 'appears', target: COLUMNS }] },
    { id: 'overzicht', target: OVERVIEW, instruction: 'guide.step.ov-overzicht', skippable: false, help: 'guide.help.ov-overzicht',
      done: [{ kind: 'appears', target: COLUMNS }] },
    { id: 'kolommen', target: COLUMNS, instruction: 'guide.step.ov-kolommen', skippable: false, done: [{ kind: 'appears', target: COLUMN }] },
    { id: 'kolom', target: COLUMN, instruction: 'guide.step.ov-kolom', skippable: false,
      done: [{ kind: 'value', target: { ...COLUMN, kind: 'field' }, oneOf: ['ja'] }, { kind: 'clicked' }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.opslaan', skippable: false, done: SAVED },
    { id: 'excel', target: EXCEL, instruction: 'guide.step.ov-excel', skippable: false, done: [{ kind: 'clicked' }] },
  ],
};
export default guide;
