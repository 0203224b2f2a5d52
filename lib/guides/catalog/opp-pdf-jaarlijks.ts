/** docs/regels.md#topdossier: each year the approved OPP goes as PDF into ParnasSys. */
import type { Guide, Target } from '../guide-schema';
import { PS_PUPIL_MENU, SAVED, SAVE_BUTTON } from './shared-targets';

const DOWNLOAD: Target = { texts: ['Download PDF', 'Downloaden als PDF', 'PDF downloaden', 'Exporteren naar PDF', 'PDF', 'Downloaden', 'Afdrukken'], kind: 'any' };
const FILES: Target = { texts: ['Dossier', 'Documenten', 'Bestanden', 'Leerlingdossier', 'Bijlagen'], kind: 'any' };
const ADD_FILE: Target = { texts: ['Bestand toevoegen', 'Document toevoegen', 'Toevoegen', 'Uploaden'], kind: 'any' };
const FILE_FIELD: Target = { texts: ['Bestand', 'Document', 'Kies bestand'], kind: 'field' };

const guide: Guide = {
  id: 'opp-pdf-jaarlijks',
  title: 'guide.opp-pdf-jaarlijks.title',
  steps: [
    { id: 'download', target: { ...DOWNLOAD, url: 'topdossier\\.nl' }, instruction: 'guide.step.pdf-download', skippable: false,
      help: 'guide.help.pdf-download', done: [{ kind: 'clicked' }, { kind: 'url', pattern: 'parnassys\\.net' }] },
    { id: 'naar-parnassys', instruction: 'guide.step.pdf-naar-parnassys', skippable: false, done: [{ kind: 'url', pattern: 'parnassys\\.net' }] },
    { id: 'leerling', target: PS_PUPIL_MENU, instruction: 'guide.step.ps-leerling', skippable: false, help: 'guide.help.ps-leerling',
      done: [{ kind: 'appears', target: FILES }, { kind: 'appears', target: ADD_FILE }] },
    { id: 'dossier', target: FILES, instruction: 'guide.step.pdf-dossier', skippable: false, help: 'guide.help.pdf-dossier',
      done: [{ kind: 'appears', target: ADD_FILE }, { kind: 'appears', target: FILE_FIELD }] },
    { id: 'toevoegen', target: ADD_FILE, instruction: 'guide.step.pdf-toevoegen', skippable: false,
      done: [{ kind: 'appears', target: FILE_FIELD }] },
    { id: 'bestand', target: FILE_FIELD, instruction: 'guide.step.pdf-bestand', skippable: false, done: [{ kind: 'value', target: FILE_FIELD }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.opslaan', skippable: false, done: SAVED },
  ],
};
export default guide;
