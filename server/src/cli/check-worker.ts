// worker_threads entry for `sourced check --jobs N` (bundled as dist/check-worker.js).
// The main thread sends { id, abs, display }; the worker answers { id, result }.
import '../shared/regexp-tier'; // first: how V8 compiles the analysis' patterns (shared/regexp-tier.ts)
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileOptions, type FileResult } from './check-file';

const opts = workerData as CheckFileOptions;

if (parentPort) {
  const port = parentPort;
  port.on('message', (msg: { id: number; abs: string; display: string } | 'exit') => {
    if (msg === 'exit') {
      port.close();
      return;
    }
    let result: FileResult;
    try {
      result = checkFile(msg.abs, msg.display, opts);
    } catch (e) {
      result = { file: msg.display, status: 'error', notice: `internal error: ${(e as Error).stack ?? e}`, problems: [], findings: [], words: 0, ms: 0 };
    }
    port.postMessage({ id: msg.id, result });
  });
  port.postMessage({ ready: true });
}
