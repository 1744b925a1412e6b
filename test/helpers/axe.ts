// axe-core run in a page (its context must bypass the CSP to take the injected script), as a
// list of "rule: targets" lines; an empty list is a clean page. `enable` turns on rules axe
// leaves off by default (its experimental ones, such as label-content-name-mismatch).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };

export async function axeViolations(page: Page, options: { enable?: string[] } = {}): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const rules = Object.fromEntries((options.enable ?? []).map((id) => [id, { enabled: true }]));
  const result = await page.evaluate(async (rules) => (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(document, { rules }), rules);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
