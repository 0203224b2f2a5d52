/** Reading an on/off or automatic/manual setting from the words a page uses. Pure. */
import { fold } from '../text';

export type Switch = 'on' | 'off' | 'unknown';

const OFF = /\b(nee|uit|uitgeschakeld|niet actief|inactief|niet verplicht|off|no|false|disabled|handmatig|nooit|niet automatisch)\b/;
const ON = /\b(ja|aan|ingeschakeld|actief|verplicht|on|yes|true|enabled)\b/;

export function switchOf(value: string): Switch {
  const v = fold(value);
  if (v === '') return 'unknown';
  if (OFF.test(v)) return 'off';
  if (ON.test(v)) return 'on';
  return 'unknown';
}

export type Retention = 'automatic' | 'other' | 'unknown';

export function retentionOf(value: string): Retention {
  const v = fold(value);
  if (v === '' || /^(-+|kies.*|selecteer.*)$/.test(v)) return 'unknown';
  if (/\bniet automatisch\b/.test(v)) return 'other';
  if (/\bautomatisch\b|\bautomatic\b/.test(v)) return 'automatic';
  return 'other';
}
