/**
 * The rules arranged for the background's per-event question, "does a rule apply to this
 * cookie?", asked on every cookie change: a protected cookie by its identity, a block rule by
 * its exact name, and only the few wildcard names tested one by one.
 */
import { identityKey, type Cookie, type CookieIdentity } from './cookie';
import { bareDomain } from './host';
import type { BlockRule, JarRules, ProtectRule } from './jar-rules';
import { hasWildcard, namePattern, type NameTest } from './name-pattern';

export type SiteOf = (host: string) => string;

interface Compiled {
  rule: BlockRule;
  test: NameTest;
}

export class RuleIndex {
  private readonly protectByKey = new Map<string, ProtectRule>();
  private readonly blockByName = new Map<string, BlockRule[]>();
  private readonly wildcards: Compiled[] = [];

  constructor(rules: JarRules) {
    for (const rule of rules.protect) this.protectByKey.set(identityKey(rule.cookie), rule);
    for (const rule of rules.block) {
      if (hasWildcard(rule.name)) this.wildcards.push({ rule, test: namePattern(rule.name) });
      else this.blockByName.set(rule.name, [...(this.blockByName.get(rule.name) ?? []), rule]);
    }
  }

  protectionOf(cookie: CookieIdentity): ProtectRule | undefined {
    return this.protectByKey.size === 0 ? undefined : this.protectByKey.get(identityKey(cookie));
  }

  /** By `identityKey`. */
  protectionOfKey(key: string): ProtectRule | undefined {
    return this.protectByKey.get(key);
  }

  /** The first block rule that takes this cookie; the site is worked out only when a name matched. */
  blockFor(cookie: Cookie, siteOf: SiteOf): BlockRule | undefined {
    const named = this.blockByName.get(cookie.name);
    const candidates = named ? [...named] : [];
    for (const { rule, test } of this.wildcards) if (test(cookie.name)) candidates.push(rule);
    if (candidates.length === 0) return undefined;
    let site: string | undefined;
    return candidates.find((rule) => {
      if (rule.storeId !== null && rule.storeId !== cookie.storeId) return false;
      if (rule.site === null) return true;
      site ??= siteOf(bareDomain(cookie.domain));
      return site === rule.site;
    });
  }
}
