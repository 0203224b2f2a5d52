/** docs/regels.md#stappen-registreren-opp-bij-rod and the check under Personalia > ROD. */
import type { Guide, Target } from '../guide-schema';
import { PS_ADD_ARRANGEMENT, PS_BEGIN, PS_PASSEND, PS_PUPIL_MENU, PS_TAB_EDUCATION, SAVED, SAVE_BUTTON } from './shared-targets';

const PERSONALIA: Target = { texts: ['Personalia'], kind: 'any' };
const ROD: Target = { texts: ['ROD', 'Register Onderwijsdeelnemers'], kind: 'any' };
const MESSAGE: Target = { texts: ['Inschrijving PO aanleveren'], kind: 'any' };

const guide: Guide = {
  id: 'parnassys-rod',
  title: 'guide.parnassys-rod.title',
  // After Opslaan: the Passend onderwijs page, read again, shows the arrangement running (rod.arrangement).
  confirm: { after: 'opslaan', rule: 'rod.arrangement', done: 'guide.confirm.rod-arrangement' },
  steps: [
    { id: 'leerling', target: PS_PUPIL_MENU, instruction: 'guide.step.ps-leerling', skippable: false, help: 'guide.help.ps-leerling',
      done: [{ kind: 'appears', target: PS_TAB_EDUCATION }, { kind: 'appears', target: PS_PASSEND }, { kind: 'appears', target: PS_BEGIN }] },
    { id: 'onderwijs', target: PS_TAB_EDUCATION, instruction: 'guide.step.ps-onderwijs', skippable: false,
      done: [{ kind: 'appears', target: PS_PASSEND }, { kind: 'appears', target: PS_ADD_ARRANGEMENT }, { kind: 'appears', target: PS_BEGIN }] },
    { id: 'passend', target: PS_PASSEND, instruction: 'guide.step.ps-passend', skippable: false,
      done: [{ kind: 'appears', target: PS_ADD_ARRANGEMENT }, { kind: 'appears', target: PS_BEGIN }] },
    { id: 'toevoegen', target: PS_ADD_ARRANGEMENT, instruction: 'guide.step.ps-toevoegen', skippable: false,
      done: [{ kind: 'appears', target: PS_BEGIN }] },
    { id: 'begindatum', target: PS_BEGIN, instruction: 'guide.step.ps-begindatum', skippable: false,
      done: [{ kind: 'value', target: PS_BEGIN, date: true }] },
    { id: 'opmerkingen', target: { texts: ['Opmerkingen', 'Opmerking', 'Omschrijving'], kind: 'field' }, instruction: 'guide.step.ps-opmerkingen', skippable: true,
      done: [{ kind: 'value', target: { texts: ['Opmerkingen', 'Opmerking', 'Omschrijving'], kind: 'field' } }] },
    { id: 'begeleider', target: { texts: ['Begeleider'], kind: 'field' }, instruction: 'guide.step.ps-begeleider', skippable: true,
      done: [{ kind: 'value', target: { texts: ['Begeleider'], kind: 'field' } }] },
    { id: 'swv', target: { texts: ['Samenwerkingsverband', 'SWV'], kind: 'field' }, instruction: 'guide.step.ps-swv', skippable: true,
      done: [{ kind: 'value', target: { texts: ['Samenwerkingsverband', 'SWV'], kind: 'field' } }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.ps-opslaan', skippable: false, done: SAVED },
    { id: 'personalia', target: PERSONALIA, instruction: 'guide.step.ps-personalia', skippable: true,
      done: [{ kind: 'appears', target: ROD }, { kind: 'appears', target: MESSAGE }] },
    { id: 'rod', target: ROD, instruction: 'guide.step.ps-rod', skippable: true, done: [{ kind: 'appears', target: MESSAGE }] },
    { id: 'bericht', target: MESSAGE, instruction: 'guide.step.ps-bericht', skippable: true,
      done: [{ kind: 'text', phrases: ['Ontwikkelingsperspectief'] }] },
  ],
};
export default guide;
