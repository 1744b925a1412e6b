// Loaded with `--import` by scripts/measure-start.js for its untimed module-listing start: records
// every ES module the loader resolves (a loader hook, in its own thread) and, on SIGUSR2, writes
// those plus the CommonJS files in require.cache and the count of built-ins to MEASURE_PROBE_OUT.
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const esm = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => esm.add(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { if (url.startsWith('file:')) port.postMessage(url); return next(url, context); }
`), { data: { port: port2 }, transferList: [port2] });

const require = createRequire(import.meta.url);
process.on('SIGUSR2', () => {
  const files = new Set([...esm].map((url) => fileURLToPath(url)));
  for (const file of Object.keys(require.cache)) files.add(file);
  const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule')).length;
  writeFileSync(process.env.MEASURE_PROBE_OUT, JSON.stringify({ files: [...files].sort(), builtins }));
});
