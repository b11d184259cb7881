// Preloaded into the language server by the bench only (node --expose-gc -r this dist/server.js):
// on SIGUSR2 it collects garbage and writes process.memoryUsage() to $SOURCED_HEAP_PROBE.
// The server itself is unchanged; nothing here speaks LSP.
const { writeFileSync } = require('node:fs');

const out = process.env.SOURCED_HEAP_PROBE;
if (out) {
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    writeFileSync(out, JSON.stringify({ ...process.memoryUsage(), gc: typeof global.gc === 'function' }));
  });
}
