/// <reference lib="webworker" />
/**
 * Reads the export off the page's thread, so a large file never freezes the page. The bytes
 * come in by message and the table goes back by message: nothing leaves the extension.
 */
import { readExport } from '../../lib/overzicht/read-export';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  try {
    self.postMessage(readExport(new Uint8Array(event.data)));
  } catch {
    // Whatever SheetJS met: one clear sentence, never a stuck page.
    self.postMessage({ ok: false, error: 'geen-spreadsheet' });
  }
};
