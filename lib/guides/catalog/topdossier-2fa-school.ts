/** docs/regels.md#privacy-en-topdossier: the account manager turns on 2FA for the school. */
import type { Guide } from '../guide-schema';
import { SAVED, SAVE_BUTTON, TD_2FA_FIELD, TD_SCHOOL_SETTINGS, TD_SETTINGS } from './shared-targets';

const guide: Guide = {
  id: 'topdossier-2fa-school',
  title: 'guide.topdossier-2fa-school.title',
  steps: [
    { id: 'instellingen', target: TD_SETTINGS, instruction: 'guide.step.td-instellingen', skippable: false, help: 'guide.help.td-instellingen',
      done: [{ kind: 'appears', target: TD_SCHOOL_SETTINGS }, { kind: 'appears', target: TD_2FA_FIELD }] },
    { id: 'schoolinstellingen', target: TD_SCHOOL_SETTINGS, instruction: 'guide.step.td-schoolinstellingen', skippable: false,
      help: 'guide.help.td-schoolinstellingen', done: [{ kind: 'appears', target: TD_2FA_FIELD }] },
    { id: '2fa-ja', target: TD_2FA_FIELD, instruction: 'guide.step.td-2fa-ja', skippable: false,
      done: [{ kind: 'value', target: TD_2FA_FIELD, oneOf: ['ja', 'aan', 'ingeschakeld', 'yes', 'on'] }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.opslaan', skippable: false, done: SAVED },
  ],
};
export default guide;
