// Entry of dist/server.js. The same bundle is the server's analysis worker: run in a worker
// thread, it checks large documents (features/analysis-worker.ts) instead of serving LSP.
import './shared/regexp-tier'; // first: how V8 compiles the analysis' patterns (shared/regexp-tier.ts)
import { isMainThread } from 'node:worker_threads';

if (isMainThread) require('./server');
else require('./features/analysis-worker');
