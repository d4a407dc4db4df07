import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import type { JarRules } from './jar-rules';
import type { Profile } from './profiles';
import { parseRulesFile, rulesFile } from './rules-file';

const sid: Cookie = { name: 'sid', value: 'secret', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: true, sameSite: 'lax', session: true, storeId: '0' };
const rules: JarRules = { protect: [{ id: 'p', cookie: sid, pausedUntil: 5 }], block: [{ id: 'b', name: '_ga*', site: null, storeId: null, blocked: 7 }] };
const profile: Profile = { id: 'f', name: 'Alice', site: 'example.test', storeId: '0', time: 1, cookies: [sid] };

describe('rules file', () => {
  it('round-trips rules and, when asked, profiles with their values', () => {
    const parsed = parseRulesFile(rulesFile(rules, [profile], true));
    expect(parsed).toEqual({ ok: true, rules: { protect: [{ id: 'p', cookie: sid }], block: rules.block }, profiles: [profile], skippedProfiles: 0 });
  });

  it('leaves profile values out unless asked, and such profiles are skipped on import', () => {
    const text = rulesFile(rules, [profile], false);
    expect(JSON.parse(text).profiles[0].cookies[0]).not.toHaveProperty('value');
    // The protected cookie keeps its value: it is what Crumb puts back.
    expect(JSON.parse(text).protect[0].cookie.value).toBe('secret');
    const parsed = parseRulesFile(text);
    expect(parsed.ok && parsed.profiles).toEqual([]);
    expect(parsed.ok && parsed.skippedProfiles).toBe(1);
  });

  it('refuses what is not a rules file', () => {
    expect(parseRulesFile('{')).toEqual({ ok: false });
    expect(parseRulesFile('{"format":"crumb","cookies":[]}')).toEqual({ ok: false });
  });
});
