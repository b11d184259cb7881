// The size of the client bundles as they ship (minified, from esbuild.config.mjs), split into
// Sourced's own code and each package bundled with it. Used by `npm run bench` (package rows)
// and by test/unit/bundle.test.mjs. Builds in memory: dist/ is left as it is.
import * as esbuild from 'esbuild';
import { buildOptions } from '../../esbuild.config.mjs';

/** Budget of the client's own code (issue 17): the extension, not the language client library. */
export const OWN_CODE_BUDGET = 150 * 1024;

const packageOf = (input) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1] : null;
};

/** For each client entry ('client', 'client.browser'): total bytes, own bytes, bytes per package, own modules. */
export async function clientBundleSizes(repoRoot) {
  const clients = buildOptions({ production: true, quiet: true }).filter((b) => Object.keys(b.entryPoints).some((k) => k.startsWith('client')));
  const out = {};
  for (const b of clients) {
    const name = Object.keys(b.entryPoints)[0];
    const r = await esbuild.build({ ...b, absWorkingDir: repoRoot, write: false, metafile: true, logLevel: 'silent', outdir: 'dist' });
    const js = Object.entries(r.metafile.outputs).find(([f]) => f.endsWith('.js'));
    const [, meta] = js;
    const packages = {};
    const ownModules = {};
    let own = 0;
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const pkg = packageOf(input);
      if (pkg) packages[pkg] = (packages[pkg] ?? 0) + bytesInOutput;
      else {
        own += bytesInOutput;
        ownModules[input] = bytesInOutput;
      }
    }
    out[name] = { bytes: meta.bytes, own, packages, ownModules };
  }
  return out;
}
