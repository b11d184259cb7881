// Node processes of Sourced (the CLI, its check workers, the language server and its analysis
// worker) import this first. By default V8 first compiles a regular expression to bytecode for its
// interpreter, then compiles it again to machine code on its second use. The analysis has a few
// hundred large patterns (word lists joined into alternations, Unicode classes), nearly all used
// on every article, so the bytecode step is pure cost: about 190 ms of CPU before the first
// findings of a typical article, half of a cold start (issue 15). Compiling straight to machine
// code does the same matching with one compilation. Not imported by the browser server (no V8
// flags there) or by dist/core.js (a library does not set process-wide flags).
import { setFlagsFromString } from 'node:v8';

try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // A runtime without the flag: patterns are compiled its own way, with the same results.
}
