/** What pages ask of the jar rules. Every answer is read back from the stored rules or the jar. */
import { identityKey, type CookieIdentity } from '../core/cookie';
import { siteOfHost } from '../core/domain';
import { bareDomain } from '../core/host';
import type { BlockRule, JarRules } from '../core/jar-rules';
import type { BlockResult, ListedCookie, ProtectResult, RulesImported } from '../core/protocol';
import { parseRulesFile, rulesFile } from '../core/rules-file';
import { RuleIndex } from '../core/rule-index';
import { find, getAll } from './cookies-api';
import { block } from './enforce';
import { translate } from './i18n';
import { addProfiles, storedProfiles } from './profiles';
import { changeRules, currentIndex, currentRules, persisted, ruleId, rulesLoaded } from './rules-store';
import { SiteError } from './site';

export async function protect(identity: CookieIdentity, on: boolean): Promise<ProtectResult> {
  await rulesLoaded;
  const key = identityKey(identity);
  if (on) {
    const cookie = await find(identity);
    if (!cookie) throw new SiteError(translate('error_cookie_gone', identity.name));
    await changeRules((rules) => {
      const existing = rules.protect.find((rule) => identityKey(rule.cookie) === key);
      if (existing) {
        existing.cookie = cookie;
        delete existing.pausedUntil;
      } else rules.protect.push({ id: ruleId(), cookie });
    });
  } else {
    await changeRules((rules) => {
      rules.protect = rules.protect.filter((rule) => identityKey(rule.cookie) !== key);
    });
  }
  return { protected: currentIndex().protectionOfKey(key) !== undefined };
}

/**
 * Blocks the cookie's name on its registrable domain, in its store. A protected cookie the rule
 * takes stops being protected: the two rules would fight. The rule is stored before anything is
 * removed; what it took is counted from the jar read back.
 */
export async function blockCookie(identity: CookieIdentity): Promise<BlockResult> {
  await rulesLoaded;
  const site = siteOfHost(bareDomain(identity.domain));
  let rule = currentRules().block.find((r) => r.name === identity.name && r.site === site && r.storeId === identity.storeId);
  if (!rule) {
    const made: BlockRule = { id: ruleId(), name: identity.name, site, storeId: identity.storeId, blocked: 0 };
    rule = made;
    const alone = new RuleIndex({ protect: [], block: [made] });
    await changeRules((rules) => {
      rules.block.push(made);
      rules.protect = rules.protect.filter((p) => !alone.blockFor(p.cookie, siteOfHost));
    });
  }
  await persisted();
  const taken = () => getAll({ name: identity.name, domain: site, storeId: identity.storeId, partitionKey: {} });
  const before = await taken();
  for (const cookie of before) await block(cookie, rule.id);
  const left = new Set((await taken()).map(identityKey));
  return { rule: { ...rule }, removed: before.filter((cookie) => !left.has(identityKey(cookie))).length };
}

export async function jarRules(): Promise<JarRules> {
  await rulesLoaded;
  return currentRules();
}

export async function removeRule(id: string): Promise<JarRules> {
  await rulesLoaded;
  await changeRules((rules) => {
    rules.protect = rules.protect.filter((rule) => rule.id !== id);
    rules.block = rules.block.filter((rule) => rule.id !== id);
  });
  return currentRules();
}

/** Changes a block rule's name, site (null: any) or store (null: every store). */
export async function editBlockRule(id: string, name: string, site: string | null, storeId: string | null): Promise<JarRules> {
  await rulesLoaded;
  if (!currentRules().block.some((rule) => rule.id === id)) throw new SiteError(translate('error_rule_gone'));
  await changeRules((rules) => {
    const rule = rules.block.find((r) => r.id === id)!;
    rule.name = name;
    rule.site = site === null ? null : siteOfHost(bareDomain(site.trim().toLowerCase()));
    rule.storeId = storeId;
  });
  await persisted();
  return currentRules();
}

export async function exportRules(withProfileValues: boolean): Promise<string> {
  await rulesLoaded;
  return rulesFile(currentRules(), await storedProfiles(), withProfileValues);
}

/** Adds the file's rules to the stored ones (a rule already there is not doubled); counts what was stored. */
export async function importRules(text: string): Promise<RulesImported> {
  const parsed = parseRulesFile(text);
  if (!parsed.ok) throw new SiteError(translate('error_rules_file'));
  await rulesLoaded;
  const protectedKeys = new Set(currentRules().protect.map((rule) => identityKey(rule.cookie)));
  const blockKey = (rule: BlockRule) => JSON.stringify([rule.name, rule.site, rule.storeId]);
  const blocked = new Set(currentRules().block.map(blockKey));
  const protect = parsed.rules.protect.filter((rule) => !protectedKeys.has(identityKey(rule.cookie))).map((rule) => ({ id: ruleId(), cookie: rule.cookie }));
  const block = parsed.rules.block.filter((rule) => !blocked.has(blockKey(rule))).map((rule) => ({ ...rule, id: ruleId(), blocked: 0 }));
  await changeRules((rules) => {
    rules.protect.push(...protect);
    rules.block.push(...block);
  });
  await persisted();
  const ids = new Set([...currentRules().protect, ...currentRules().block].map((rule) => rule.id));
  return {
    protect: protect.filter((rule) => ids.has(rule.id)).length,
    block: block.filter((rule) => ids.has(rule.id)).length,
    profiles: await addProfiles(parsed.profiles),
    skippedProfiles: parsed.skippedProfiles,
  };
}

/** Marks the listed cookies Crumb protects, for the row's badge. */
export async function withProtection(listed: ListedCookie[]): Promise<ListedCookie[]> {
  await rulesLoaded;
  const index = currentIndex();
  const now = Date.now();
  for (const entry of listed) {
    const rule = index.protectionOf(entry.cookie);
    if (rule) entry.protection = rule.pausedUntil !== undefined && rule.pausedUntil > now ? 'paused' : 'on';
  }
  return listed;
}
