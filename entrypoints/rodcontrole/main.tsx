import { render } from 'preact';
import { RodControle, type RodControleApi } from '../../components/RodControle';
import '../../components/pages.css';
import { loadSettings } from '../../lib/settings/settings-store';
import { knownCycles, knownOpps } from '../../lib/overzicht/known-opps';
import type { ExportResult } from '../../lib/overzicht/read-export';
import { saveFile } from '../../lib/show/tab-client';
import ReadWorker from './read-worker?worker';

const settings = await loadSettings();
document.documentElement.lang = settings.lang;

// The worker is started with the page, so its reader (SheetJS) is loaded before a file is chosen.
let ready = new ReadWorker();

const api: RodControleApi = {
  readExport: (bytes) =>
    new Promise<ExportResult>((resolve) => {
      // One worker per file: it is done when it answers, and a crash is one clear sentence.
      const worker = ready;
      ready = new ReadWorker();
      worker.onmessage = (event: MessageEvent<ExportResult>) => {
        resolve(event.data);
        worker.terminate();
      };
      worker.onerror = () => {
        resolve({ ok: false, error: 'geen-spreadsheet' });
        worker.terminate();
      };
      worker.postMessage(bytes, [bytes]);
    }),
  knownOpps: (table) => knownOpps(table.rows),
  knownCycles: (table) => knownCycles(table.rows),
  save: (name, blob) => saveFile(name, blob),
};
render(<RodControle lang={settings.lang} api={api} />, document.getElementById('app')!);
