// Shared settings and inputs for the property-based tests (fast-check): a fixed seed, so a run
// is the same run everywhere (a failure prints its seed and path to replay), and strings made of
// hostile fragments, which find more than uniformly random text does.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** A fixed seed and a number of runs; PROPERTY_SEED=N explores another part of the space. */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: Number(process.env.PROPERTY_SEED ?? 20261203), numRuns };
}

/** The XSS corpus (test/fixtures/xss-vectors.txt): one attack string a line. */
export const xssVectors: string[] = readFileSync(new URL('../fixtures/xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));

/** Pieces of Markdown and HTML syntax that change how what follows them is read. */
const syntax = ['<', '>', '"', "'", '`', '```', '&', '&#', '&#x', ';', '=', '/', '\\', '\n', '\n\n', '    ', '\t', '\u0000', '\u200b', '<!--', '-->', '<![CDATA[', ']]>', '[', ']', '(', ')', '![', '](', '[x]: ', '<p>', '</p>', '<a href="', '<img src="', '" ', ' on', 'error=', 'javascript:', 'JaVaScRiPt:', 'java\tscript:', 'vbscript:', 'data:text/html,', '%0a', '&#106;avascript:', '*', '_', '#', '> ', '- ', '1. ', '|', 'https://example.com/', 'www.example.com'];

/** Strings built from attack vectors, syntax pieces and arbitrary text, in any order. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...xssVectors) }, { weight: 4, arbitrary: fc.constantFrom(...syntax) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** Any text: arbitrary code points, or hostile pieces. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), hostileText);
