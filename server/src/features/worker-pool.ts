// The server's analysis worker: one worker thread, started when the first large document needs
// it, that runs full checks so the server's own thread stays free for keystrokes and hovers.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Analysis, Finding } from '../analysis/types';
import type { CheckJob, CheckJobResult } from './worker-protocol';

export interface CheckOutput {
  analysis: Analysis;
  findings: Finding[];
}

export class AnalysisWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: CheckOutput) => void; reject: (e: Error) => void }>();
  private failures = 0;
  /** Whether the worker's bundle exists, looked up once (this is asked on every keystroke). */
  private built: boolean | undefined;

  constructor(private readonly file: string, private readonly log: (level: 'info' | 'warn', message: string) => void) {}

  /** False once the worker has failed three times (or was never built): check on the server's thread. */
  available(): boolean {
    this.built ??= existsSync(this.file);
    return this.failures < 3 && this.built;
  }

  run(job: Omit<CheckJob, 'id'>): Promise<CheckOutput> {
    const w = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ ...job, id });
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.file);
    w.unref();
    this.log('info', `Sourced: large documents are checked in a worker thread (${w.threadId}).`);
    w.on('message', (m: CheckJobResult) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve({ analysis: m.analysis, findings: m.findings });
    });
    const fail = (e: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      this.failures++;
      this.log('warn', `Sourced: the analysis worker stopped (${e.message}); ${this.available() ? 'starting a new one' : 'checking on the server thread from now on'}.`);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    this.worker = w;
    return w;
  }
}
