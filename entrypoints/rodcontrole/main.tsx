import { render } from 'preact';
import { RodControle, type RodControleApi } from '../../components/RodControle';
import { BoardView, type BoardApi } from '../../components/BoardView';
import '../../components/pages.css';
import '../../components/board.css';
import { loadSettings } from '../../lib/settings/settings-store';
import { knownCycles, knownOppCount, knownOpps } from '../../lib/overzicht/known-opps';
import type { ExportResult } from '../../lib/overzicht/read-export';
import { readDossierList } from '../../lib/read/dossier-list-reader';
import { saveFile } from '../../lib/show/tab-client';
import { readInPool } from './read-pool';
import ReadWorker from './read-worker?worker';

const settings = await loadSettings();
document.documentElement.lang = settings.lang;

// The worker is started with the page, so its reader (SheetJS) is loaded before a file is chosen.
let ready = new ReadWorker();
/** The worker started ahead, and another started ahead for the next file. */
const take = () => {
  const worker = ready;
  ready = new ReadWorker();
  return worker;
};

// A saved page, parsed without running or loading anything of it; read as Topdossier's list is.
const readList = (html: string) => readDossierList(new DOMParser().parseFromString(html, 'text/html'));

const api: RodControleApi = {
  readExport: (bytes) =>
    new Promise<ExportResult>((resolve) => {
      // One worker per file: it is done when it answers, and a crash is one clear sentence.
      const worker = take();
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
  knownCount: knownOppCount,
  readList,
  save: (name, blob) => saveFile(name, blob),
};

// The board's view: several files side by side, in as many workers as the machine has cores (at most 4).
const board: BoardApi = {
  readExports: (files) => readInPool(files, take, Math.min(4, navigator.hardwareConcurrency || 2)),
  knownOpps: (rows) => knownOpps(rows),
  knownCycles: (rows) => knownCycles(rows),
  readList,
  save: api.save,
  rod: api,
};

// rodcontrole.html is one school; rodcontrole.html#bestuur is every school of the board.
const app = document.getElementById('app')!;
const show = () => render(location.hash === '#bestuur' ? <BoardView lang={settings.lang} api={board} /> : <RodControle lang={settings.lang} api={api} />, app);
window.addEventListener('hashchange', show);
show();
