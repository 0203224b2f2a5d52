/**
 * The board's exports read in a few workers at once (read-worker.ts), each taking the next file
 * when it is done: a board's 30 files are read side by side, not one after another, and not in
 * 30 workers that each load the reader. A worker that crashes on a file answers for that file
 * only ("geen spreadsheet") and is replaced.
 */
import type { SchoolExportResult } from '../../lib/overzicht/school-export';

export interface PoolFile {
  name: string;
  bytes: ArrayBuffer;
}

export async function readInPool(files: PoolFile[], start: () => Worker, size: number): Promise<SchoolExportResult[]> {
  const results: SchoolExportResult[] = new Array(files.length);
  let next = 0;
  const readOne = (worker: Worker, file: PoolFile) =>
    new Promise<{ result: SchoolExportResult; crashed: boolean }>((resolve) => {
      worker.onmessage = (event: MessageEvent<SchoolExportResult>) => resolve({ result: event.data, crashed: false });
      worker.onerror = () => resolve({ result: { ok: false, file: file.name, error: 'geen-spreadsheet' }, crashed: true });
      worker.postMessage({ file: file.name, bytes: file.bytes }, [file.bytes]);
    });
  const lane = async () => {
    let worker = start();
    while (next < files.length) {
      const i = next++;
      const { result, crashed } = await readOne(worker, files[i]!);
      results[i] = result;
      if (crashed) {
        worker.terminate();
        worker = start();
      }
    }
    worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, files.length)) }, lane));
  return results;
}
