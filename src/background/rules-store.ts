/**
 * The jar rules as the background keeps them: in storage.local, so they survive a stop of the
 * background and a restart of the browser; read once per start and kept in memory, where every
 * cookie change is checked against them. A change applies in memory at once and is written
 * after; `persisted()` waits for that write, and nothing writes a cookie for a rule before it.
 */
import browser from 'webextension-polyfill';
import { JAR_RULES_KEY, parseJarRules, type JarRules } from '../core/jar-rules';
import { RuleIndex } from '../core/rule-index';

let rules: JarRules = { protect: [], block: [] };
let index = new RuleIndex(rules);
let ready = false;

export const rulesLoaded: Promise<void> = browser.storage.local
  .get(JAR_RULES_KEY)
  .then((stored) => {
    rules = parseJarRules(stored[JAR_RULES_KEY]);
    index = new RuleIndex(rules);
  })
  .catch((error: unknown) => console.error('Crumb: the rules could not be read', error))
  .finally(() => {
    ready = true;
  });

export function rulesReady(): boolean {
  return ready;
}

export function currentRules(): JarRules {
  return rules;
}

export function currentIndex(): RuleIndex {
  return index;
}

let writing: Promise<void> = Promise.resolve();
/** A write is queued and has not read the rules yet: later changes ride along with it. */
let queued = false;

/** Applies `apply` to the rules in memory now, and stores them. */
export function changeRules(apply: (rules: JarRules) => void): Promise<void> {
  apply(rules);
  index = new RuleIndex(rules);
  if (!queued) {
    queued = true;
    writing = writing.then(async () => {
      queued = false;
      await browser.storage.local.set({ [JAR_RULES_KEY]: rules });
    });
  }
  return writing;
}

/** Resolves once every change made so far is stored. */
export function persisted(): Promise<void> {
  return writing;
}

export function ruleId(): string {
  return crypto.randomUUID();
}
