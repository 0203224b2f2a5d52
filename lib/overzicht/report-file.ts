/**
 * The ROD check's result as a sheet, to save as .csv or .xlsx on the user's own machine.
 * Built in memory and handed to the browser's download, never sent anywhere.
 */
import { utils, write } from '@e965/xlsx';
import { isoToDmy } from '../dates';
import { t, type Lang, type MessageKey } from '../i18n';
import type { OverzichtReport } from './compare';
import { flagText } from './flag-text';


export function reportRows(report: OverzichtReport, lang: Lang): string[][] {
  const head = (['row', 'name', 'birth', 'group', 'status', 'flags', 'periods'] as const).map((c) => t(lang, `overzicht.col.${c}` as MessageKey));
  return [
    head,
    ...report.pupils.map((p) => [
      String(p.row),
      p.name,
      isoToDmy(p.birth),
      p.group,
      t(lang, `overzicht.status.${p.status}` as MessageKey),
      p.flags.map((f) => flagText(lang, p, f)).join('; '),
      p.periods.map((x) => `${isoToDmy(x.begin)} – ${isoToDmy(x.end)}`).join('; '),
    ]),
  ];
}

export function reportFile(report: OverzichtReport, lang: Lang, kind: 'csv' | 'xlsx'): Blob {
  const sheet = utils.aoa_to_sheet(reportRows(report, lang));
  if (kind === 'csv') return new Blob(['\ufeff', utils.sheet_to_csv(sheet, { FS: ';' })], { type: 'text/csv;charset=utf-8' });
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'ROD-controle');
  const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
