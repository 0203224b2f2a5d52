/** docs/regels.md#privacy-en-topdossier: pupils are removed automatically 5 years after unenrolment. */
import type { Guide } from '../guide-schema';
import { SAVED, SAVE_BUTTON, TD_RETENTION_FIELD, TD_SCHOOL_SETTINGS, TD_SETTINGS } from './shared-targets';

const guide: Guide = {
  id: 'topdossier-bewaartermijn',
  title: 'guide.topdossier-bewaartermijn.title',
  steps: [
    { id: 'instellingen', target: TD_SETTINGS, instruction: 'guide.step.td-instellingen', skippable: false, help: 'guide.help.td-instellingen',
      done: [{ kind: 'appears', target: TD_SCHOOL_SETTINGS }, { kind: 'appears', target: TD_RETENTION_FIELD }] },
    { id: 'schoolinstellingen', target: TD_SCHOOL_SETTINGS, instruction: 'guide.step.td-schoolinstellingen', skippable: false,
      help: 'guide.help.td-schoolinstellingen', done: [{ kind: 'appears', target: TD_RETENTION_FIELD }] },
    { id: 'automatisch', target: TD_RETENTION_FIELD, instruction: 'guide.step.td-automatisch', skippable: false,
      done: [{ kind: 'value', target: TD_RETENTION_FIELD, oneOf: ['automatisch', 'automatic'] }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.opslaan', skippable: false, done: SAVED },
  ],
};
export default guide;
