/**
 * docs/regels.md#privacy-en-topdossier: the account manager turns on 2FA for the school and sets
 * the bewaartermijnen to automatisch (pupils removed 5 years after unenrolment). Both are on the
 * one Schoolinstellingen form, so one guide with one save: the field that is already right is
 * passed without being shown or counted (lib/guides/advance.ts), whichever rule started it.
 */
import type { Guide } from '../guide-schema';
import { SAVED, SAVE_BUTTON, TD_2FA_FIELD, TD_RETENTION_FIELD, TD_SCHOOL_SETTINGS, TD_SETTINGS } from './shared-targets';

const guide: Guide = {
  id: 'topdossier-schoolinstellingen',
  // The two guides this one replaces: rules, checklists and a tab's progress may still name them.
  aliases: ['topdossier-2fa-school', 'topdossier-bewaartermijn'],
  title: 'guide.topdossier-schoolinstellingen.title',
  steps: [
    { id: 'instellingen', target: TD_SETTINGS, instruction: 'guide.step.td-instellingen', skippable: false, help: 'guide.help.td-instellingen',
      done: [{ kind: 'appears', target: TD_SCHOOL_SETTINGS }, { kind: 'appears', target: TD_2FA_FIELD }, { kind: 'appears', target: TD_RETENTION_FIELD }] },
    { id: 'schoolinstellingen', target: TD_SCHOOL_SETTINGS, instruction: 'guide.step.td-schoolinstellingen', skippable: false,
      help: 'guide.help.td-schoolinstellingen', done: [{ kind: 'appears', target: TD_2FA_FIELD }, { kind: 'appears', target: TD_RETENTION_FIELD }] },
    { id: '2fa-ja', target: TD_2FA_FIELD, instruction: 'guide.step.td-2fa-ja', skippable: false,
      done: [{ kind: 'value', target: TD_2FA_FIELD, oneOf: ['ja', 'aan', 'ingeschakeld', 'yes', 'on'] }] },
    { id: 'automatisch', target: TD_RETENTION_FIELD, instruction: 'guide.step.td-automatisch', skippable: false,
      done: [{ kind: 'value', target: TD_RETENTION_FIELD, oneOf: ['automatisch', 'automatic'] }] },
    { id: 'opslaan', target: SAVE_BUTTON, instruction: 'guide.step.td-opslaan', skippable: false, done: SAVED },
  ],
};
export default guide;
