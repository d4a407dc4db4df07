// axe-core in any page a harness opens, in both browsers. Extension pages refuse inline and
// foreign scripts (their CSP), so axe's source goes in through the driver's protocol
// (runScript), never a <script> tag.
import type { AxeResults, RunOptions } from 'axe-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PopupDriver } from './types';

/** One broken rule, with where it broke: enough to find the element without a screenshot. */
export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe's default rules (WCAG 2.x A and AA plus best practices such as landmark-one-main and
 * region) and label-content-name-mismatch, which axe marks experimental: a control whose
 * name leaves out what it shows cannot be called by voice.
 */
const RUN_OPTIONS: RunOptions = {
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

let source: Promise<string> | undefined;

function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** Runs axe-core on the page as it is now and answers what it found. */
export async function axeFindings(page: PopupDriver): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.runScript(await axeSource());
  return page.evaluate(async (options: RunOptions) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, RUN_OPTIONS);
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => `- ${f.rule} (${f.impact ?? 'no impact given'}): ${f.help}\n${f.targets.map((t) => `    at ${t}`).join('\n')}`)
    .join('\n');
}

/** Fails with every rule id and target when axe-core finds any violation; `state` names the page and state. */
export async function expectNoAxeViolations(page: PopupDriver, state: string): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0) {
    throw new Error(`axe-core found ${findings.length} violated rule(s) in ${state}:\n${describeFindings(findings)}`);
  }
}
