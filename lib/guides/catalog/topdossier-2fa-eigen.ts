/** docs/regels.md#privacy-en-topdossier: each user activates their own 2FA from their name, bottom left. */
import type { Guide, Target } from '../guide-schema';

const ACTIVATE: Target = { texts: ['Activeren', '2FA activeren', 'Activeer'], kind: 'button' };
const CODE: Target = { texts: ['Code', 'Verificatiecode', 'Authenticatiecode', 'Code uit de app'], kind: 'field' };
const QR: Target = { texts: ['QR-code', 'QR code', 'Scan de QR-code'], kind: 'any' };

const guide: Guide = {
  id: 'topdossier-2fa-eigen',
  title: 'guide.topdossier-2fa-eigen.title',
  steps: [
    { id: 'naam', target: { texts: ['Mijn profiel', 'Profiel', 'Mijn account', 'Account', 'Mijn gegevens'], kind: 'any' },
      instruction: 'guide.step.td-naam', skippable: false, help: 'guide.help.td-naam',
      done: [{ kind: 'appears', target: ACTIVATE }, { kind: 'appears', target: CODE }] },
    { id: 'activeren', target: ACTIVATE, instruction: 'guide.step.td-activeren', skippable: false,
      done: [{ kind: 'appears', target: CODE }, { kind: 'appears', target: QR }] },
    { id: 'scannen', target: QR, instruction: 'guide.step.td-scannen', skippable: true,
      done: [{ kind: 'value', target: CODE }] },
    { id: 'code', target: CODE, instruction: 'guide.step.td-code', skippable: false,
      done: [{ kind: 'value', target: CODE, pattern: '^\\s*\\d{6}\\s*$' }] },
    { id: 'bevestigen', target: ACTIVATE, instruction: 'guide.step.td-bevestigen', skippable: false, done: [{ kind: 'saved' }, { kind: 'clicked' }] },
  ],
};
export default guide;
