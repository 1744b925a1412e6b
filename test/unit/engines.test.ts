// Issue 13: `npm install` on the oldest Node.js the README promises (package.json `engines`) must
// print no engine warnings: no installed package may ask for a newer Node.js than Byline does.
// (cookie 2 asked for Node 22; package.json overrides it with cookie 1.1, the same API in CommonJS.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string; engines?: { node?: string } };

/** Every package under node_modules, nested ones included, with its declared engines.node. */
function installedPackages(dir: string, found: { name: string; version: string; node: string | undefined; where: string }[] = []) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith('@')) {
      installedPackages(full, found);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = readJson(manifest);
    found.push({ name: pkg.name ?? entry, version: pkg.version ?? '?', node: pkg.engines?.node, where: path.relative(root, full) });
    installedPackages(path.join(full, 'node_modules'), found);
  }
  return found;
}

describe('engines', () => {
  const minimum = semver.minVersion(readJson(path.join(root, 'package.json')).engines!.node!)!.version;

  it('declares a minimum of Node.js 20.19, the first 20 with require(esm) unflagged', () => {
    expect(minimum).toBe('20.19.0');
  });

  it('installs no dependency whose engines.node excludes the project minimum', () => {
    const packages = installedPackages(path.join(root, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100);
    const excluding = packages.filter((pkg) => pkg.node && semver.validRange(pkg.node) && !semver.satisfies(minimum, pkg.node)).map((pkg) => `${pkg.where}@${pkg.version} wants node ${pkg.node}`);
    expect(excluding).toEqual([]);
  });
});
