#!/usr/bin/env node
// The build: src/ → dist/byline.js, ES modules made by esbuild (TypeScript and JSX compiled,
// npm packages left as imports; what the code imports lazily goes into dist/chunks/ and loads on
// first use), plus the stylesheets and admin scripts it reads at run time in dist/assets/. Production runs it with plain `node`: no compiler is loaded at run time.
// `npm install` builds (prepare), `npm test` builds, and bin/byline.js rebuilds when src/ is newer.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
export const entryFile = path.join(dist, 'byline.js');
/** Asset folders whose files the code reads beside itself (`new URL('./assets/…', import.meta.url)`). */
const assetDirs = ['src/web/assets', 'src/admin/assets'];
/**
 * Packages left as imports: native code (better-sqlite3, sharp, pg's optional pg-native), the
 * compiler itself, packages that read files beside themselves at run time (the spelling
 * dictionaries), which a bundle would move away from them, and CommonJS packages loaded with
 * import() (nspell, stopword, cli-progress; @fastify/cookie's own `cookie`): in a bundle such a
 * module's exports come as `default` only, where Node also gives them by name. build() refuses a
 * new one (lazyCommonJs below) rather than ship it broken.
 */
const externalPackages = ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'esbuild', 'dictionary-en', 'dictionary-en-gb', 'nspell', 'stopword', 'cli-progress', '@fastify/cookie'];

/** Bundled CommonJS modules some bundled code loads with import(): each would lose its named exports. */
function lazyCommonJs(metafile) {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((imp) => imp.kind === 'dynamic-import' && metafile.inputs[imp.path]?.format === 'cjs').map((imp) => `${file} imports ${imp.original ?? imp.path}`),
  );
}
/** What the build is made from: a change to any of these makes dist/ stale. */
const inputs = ['src', 'package.json', 'scripts/build.js'];

function newestMtime(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/ is missing or older than any source file. */
export function isStale() {
  const built = statSync(entryFile, { throwIfNoEntry: false });
  if (!built) return true;
  return inputs.some((input) => newestMtime(path.join(root, input)) > built.mtimeMs);
}

/** Each file is written beside its final name and renamed, so a process starting meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

export async function build() {
  const started = Date.now();
  const { build: esbuild, stop } = await import('esbuild');
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { byline: 'src/cli/main.ts' },
    outdir: dist,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // npm packages are bundled too (one file to read and compile instead of hundreds: measured in
    // docs/performance.md), except native ones and those that find files beside themselves at run time.
    external: externalPackages,
    // Bundled CommonJS calls require() for Node's own modules: give every output file one.
    banner: { js: "import { createRequire as __bylineCreateRequire } from 'node:module'; const require = __bylineCreateRequire(import.meta.url);" },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    legalComments: 'none',
    // Without comments and blank space, and all ASCII: V8 keeps every module's source text in
    // memory, and a single non-Latin-1 character in a comment makes it keep the text at two bytes
    // a character. Names stay (stack traces; the source maps give positions).
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    logLevel: 'warning',
    metafile: true,
  });
  const lazy = lazyCommonJs(result.metafile);
  if (lazy.length > 0) {
    await stop();
    throw new Error(`The bundle would load CommonJS with import(), which loses its named exports:\n  ${lazy.join('\n  ')}\nAdd the package (or, for a dependency's own import, the dependency) to externalPackages in scripts/build.js.`);
  }
  await stop(); // esbuild's service process would otherwise live as long as the server
  // What went into each output file, for a look at what a start loads (docs/performance.md).
  if (process.env.BYLINE_BUILD_METAFILE) writeFileSync(process.env.BYLINE_BUILD_METAFILE, JSON.stringify(result.metafile));
  // Beside the entry and beside the chunks: the module that reads an asset may land in either.
  const copied = new Map();
  for (const dir of assetDirs) {
    for (const name of readdirSync(path.join(root, dir))) {
      if (copied.has(name)) throw new Error(`Two asset folders hold ${name} (${copied.get(name)} and ${dir}): rename one, they share dist/assets.`);
      copied.set(name, dir);
      for (const target of [path.join(dist, 'assets', name), path.join(dist, 'chunks', 'assets', name)]) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(path.join(root, dir, name), `${target}.${process.pid}.tmp`);
        renameSync(`${target}.${process.pid}.tmp`, target);
      }
    }
  }
  // The entry last: its mtime is what isStale() compares.
  const files = result.outputFiles;
  // Chunks of older builds go once they are an hour old: a server started before this build
  // may still load one of its own on first use.
  const current = new Set(files.map((file) => file.path));
  const chunks = path.join(dist, 'chunks');
  for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
    const file = path.join(chunks, name);
    if (!current.has(file) && Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
  }
  mkdirSync(chunks, { recursive: true });
  for (const file of files.filter((f) => f.path !== entryFile)) writeAtomically(file.path, file.contents);
  for (const file of files.filter((f) => f.path === entryFile)) writeAtomically(file.path, file.contents);
  return { ms: Date.now() - started };
}

/** Builds when needed; returns whether it did. Without esbuild (installed with --omit=dev? it is a dependency), an existing dist/ is used. */
export async function ensureBuilt() {
  if (!isStale()) return false;
  if (existsSync(entryFile) && !existsSync(path.join(root, 'node_modules', 'esbuild'))) return false;
  await build();
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { ms } = await build();
  console.log(`Built dist/byline.js in ${ms} ms.`);
}
