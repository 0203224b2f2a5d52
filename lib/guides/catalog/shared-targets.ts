/** Targets several guides share, with the words each app is known to use (docs/domein.md, docs/regels.md). */
import type { Condition, Target } from '../guide-schema';

export const TD_SETTINGS: Target = { texts: ['Instellingen', 'Settings'], kind: 'any' };
export const TD_SCHOOL_SETTINGS: Target = { texts: ['Schoolinstellingen', 'School instellingen', 'Instellingen school'], kind: 'any' };
export const TD_2FA_FIELD: Target = {
  texts: ['2FA', 'Twee-factor-authenticatie', 'Tweefactorauthenticatie', 'Tweestapsverificatie', 'Twee-staps-verificatie', 'Two-factor authentication'],
  kind: 'field',
};
export const TD_RETENTION_FIELD: Target = { texts: ['Bewaartermijnen', 'Bewaartermijn', 'Automatisch verwijderen'], kind: 'field' };
export const SAVE_BUTTON: Target = { texts: ['Opslaan', 'Bewaren', 'Save'], kind: 'button' };
export const SAVED: Condition[] = [{ kind: 'saved' }];

export const PS_PUPIL_MENU: Target = { texts: ['Leerling', 'Leerlingen'], kind: 'any' };
export const PS_TAB_EDUCATION: Target = { texts: ['Onderwijs'], kind: 'any' };
export const PS_PASSEND: Target = { texts: ['Passend onderwijs', 'Passend Onderwijs'], kind: 'any' };
export const PS_ADD_ARRANGEMENT: Target = { texts: ['Onderwijsarrangement toevoegen', 'Arrangement toevoegen', 'Toevoegen onderwijsarrangement'], kind: 'any' };
export const PS_BEGIN: Target = { texts: ['Begindatum', 'Ingangsdatum', 'Startdatum'], kind: 'field' };
