// The CLI is a short process that runs each of the analysis's several hundred patterns a few
// hundred to a few thousand times. V8 by default first runs a pattern in its bytecode interpreter
// and compiles it to machine code later; on a cold process most of an article's run went to
// interpreted patterns (100 KB of prose: 1.33 s of CPU, 0.86 s with the patterns compiled at once;
// start-up unchanged). Flags are per process: `sourced check`'s worker threads share them.
// Imported first by cli/main.ts, before any pattern runs.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
