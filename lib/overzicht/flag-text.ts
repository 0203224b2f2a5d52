/** A flag of the ROD-controle in words, with the dates it is about (page, saved file and CLI alike). */
import { isoToDmy } from '../dates';
import { t, type Lang, type MessageKey } from '../i18n';
import type { Flag, PupilResult } from './compare';

export function flagText(lang: Lang, pupil: PupilResult, flag: Flag): string {
  const c = pupil.cycle;
  return t(lang, `overzicht.flag.${flag}` as MessageKey, c ? { datum: isoToDmy(c.oppStart), dagen: c.dagen ?? '', begin: isoToDmy(c.begin), tot: isoToDmy(c.deadline) } : {});
}
