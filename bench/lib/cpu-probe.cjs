// Preloaded into the CLI by the bench only (node -r this dist/cli.js …): when the process exits it
// writes its own CPU time (user + system, microseconds) to $SOURCED_CPU_PROBE. CPU time, unlike
// wall time, hardly moves when other work shares the machine's two cores.
const { writeFileSync } = require('node:fs');

const out = process.env.SOURCED_CPU_PROBE;
if (out) process.on('exit', () => writeFileSync(out, JSON.stringify(process.cpuUsage())));
