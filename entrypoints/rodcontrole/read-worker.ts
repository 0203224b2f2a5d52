/// <reference lib="webworker" />
/**
 * Reads the export off the page's thread, so a large file never freezes the page. The bytes
 * come in by message and the table goes back by message: nothing leaves the extension.
 * The board's view (read-pool.ts) sends the file's name with its bytes, and gets its schools.
 */
import { readExport } from '../../lib/overzicht/read-export';
import { readSchoolExport } from '../../lib/overzicht/school-export';

self.onmessage = (event: MessageEvent<ArrayBuffer | { file: string; bytes: ArrayBuffer }>) => {
  const data = event.data;
  const board = !(data instanceof ArrayBuffer);
  try {
    self.postMessage(board ? readSchoolExport(new Uint8Array(data.bytes), data.file) : readExport(new Uint8Array(data)));
  } catch {
    // Whatever SheetJS met: one clear sentence, never a stuck page.
    self.postMessage(board ? { ok: false, file: data.file, error: 'geen-spreadsheet' } : { ok: false, error: 'geen-spreadsheet' });
  }
};
