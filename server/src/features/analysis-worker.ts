// The language server's analysis worker (dist/server.js run in a worker thread, see main.ts): the full
// check of a large document runs here, so the server keeps answering while it works.
// The server sends a CheckJob; the worker answers { id, analysis (no tokens, no text), findings }.
import { parentPort } from 'node:worker_threads';
import { setWorkspaceRoots, workspaceFor } from '../workspace';
import { checkDocument } from '../workspace/check';
import type { CheckJob, CheckJobResult } from './worker-protocol';

let roots = '';

function run(job: CheckJob): CheckJobResult {
  const key = job.roots.join('\0');
  if (key !== roots) {
    setWorkspaceRoots(job.roots);
    roots = key;
  }
  const ws = workspaceFor(job.path, job.trusted);
  const { analysis, findings } = checkDocument(job.text, job.path, ws, {
    languageId: job.languageId, maxLength: job.maxLength, maxLineLength: job.maxLineLength, rules: job.rules, hints: job.hints,
  });
  // The server has the text, and no feature reads the tokens once the rules have run:
  // leaving both out halves the time the server spends receiving the result.
  return { id: job.id, analysis: { ...analysis, text: '', tokens: [] }, findings };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: CheckJob) => {
    try {
      port.postMessage(run(job));
    } catch (e) {
      port.postMessage({ id: job.id, error: (e as Error).stack ?? String(e) });
    }
  });
}
