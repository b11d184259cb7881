// The language server's analysis worker (dist/server.js run in a worker thread, see main.ts): the full
// check of a large document runs here, so the server keeps answering while it works.
// The server sends a CheckJob; the worker answers { id, analysis (no tokens, no text), findings }.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze';
import { check } from '../rules';
import { setWorkspaceRoots, workspaceFor } from '../workspace';
import type { CheckJob, CheckJobResult } from './worker-protocol';

let roots = '';

function run(job: CheckJob): CheckJobResult {
  const key = job.roots.join('\0');
  if (key !== roots) {
    setWorkspaceRoots(job.roots);
    roots = key;
  }
  const ws = workspaceFor(job.path, job.trusted);
  if (ws.ignored) return { id: job.id, analysis: { ...analyze('', ws.kb), tokens: [] }, findings: [] };
  const analysis = analyze(job.text, ws.kb, { languageId: job.languageId, maxLength: job.maxLength, maxLineLength: job.maxLineLength });
  const findings = check(analysis, {
    kb: ws.kb,
    severities: { ...ws.severities, ...job.rules },
    suppressions: job.path ? ws.suppressionsFor(job.path, job.text) : [],
    verified: job.path ? ws.verifiedFor(job.path, job.text) : [],
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
