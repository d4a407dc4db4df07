import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { isRewriteLoop, parseJarRules, protectVerdict, restoresInWindow, REWRITE_LIMIT, type ProtectRule } from './jar-rules';

const NOW = 1_800_000_000_000;

const sid: Cookie = {
  name: 'sid',
  value: 'kept',
  domain: 'shop.example.test',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: false,
  expirationDate: NOW / 1000 + 3600,
  storeId: '0',
};

const rule: ProtectRule = { id: 'r1', cookie: sid };

describe('protectVerdict', () => {
  it('keeps a cookie the jar holds as protected', () => {
    expect(protectVerdict(rule, { ...sid }, NOW)).toBe('keep');
  });

  it('restores a cookie that is gone or differs in any attribute', () => {
    expect(protectVerdict(rule, null, NOW)).toBe('restore');
    for (const change of [{ value: 'site' }, { secure: false }, { httpOnly: false }, { sameSite: 'strict' as const }, { hostOnly: false }, { expirationDate: sid.expirationDate! + 60 }, { session: true }]) {
      expect(protectVerdict(rule, { ...sid, ...change }, NOW), JSON.stringify(change)).toBe('restore');
    }
  });

  it('ignores fractions of a second in the expiry', () => {
    expect(protectVerdict(rule, { ...sid, expirationDate: sid.expirationDate! + 0.4 }, NOW)).toBe('keep');
  });

  it('lets the cookie go once its own expiry has passed', () => {
    expect(protectVerdict(rule, null, (sid.expirationDate! + 1) * 1000)).toBe('expired');
    const session = { id: 'r2', cookie: { ...sid, session: true, expirationDate: undefined } } as ProtectRule;
    expect(protectVerdict(session, null, NOW * 2)).toBe('restore');
  });

  it('does not fight while paused, and resumes after', () => {
    const paused = { ...rule, pausedUntil: NOW + 1000 };
    expect(protectVerdict(paused, null, NOW)).toBe('paused');
    expect(protectVerdict(paused, { ...sid }, NOW)).toBe('keep');
    expect(protectVerdict(paused, null, NOW + 1000)).toBe('restore');
  });
});

describe('rewrite loops', () => {
  it('counts only the restores within the window, with the new one', () => {
    expect(restoresInWindow([NOW - REWRITE_LIMIT.withinMs, NOW - 5000], NOW)).toEqual([NOW - 5000, NOW]);
  });

  it('calls more than five restores in ten seconds a loop', () => {
    let times: number[] = [];
    for (let i = 0; i < REWRITE_LIMIT.restores; i++) times = restoresInWindow(times, NOW + i * 1000);
    expect(isRewriteLoop(times)).toBe(false);
    times = restoresInWindow(times, NOW + 9000);
    expect(isRewriteLoop(times)).toBe(true);
    // The same six spread over more than ten seconds are not.
    let slow: number[] = [];
    for (let i = 0; i < 6; i++) slow = restoresInWindow(slow, NOW + i * 2500);
    expect(isRewriteLoop(slow)).toBe(false);
  });
});

describe('parseJarRules', () => {
  it('keeps well-formed rules and drops each malformed one alone', () => {
    const stored = {
      protect: [rule, { id: 'x', cookie: { name: 'broken' } }, { ...rule, id: 'dup' }],
      block: [{ id: 'b', name: '_ga*', site: 'example.test', storeId: null, blocked: 3 }, { id: 'c', name: '', site: null, storeId: null, blocked: 0 }, 'junk'],
    };
    const parsed = parseJarRules(stored);
    expect(parsed.protect.map((r) => r.id)).toEqual(['r1']);
    expect(parsed.block.map((r) => r.id)).toEqual(['b']);
  });

  it('reads nothing stored as no rules', () => {
    expect(parseJarRules(undefined)).toEqual({ protect: [], block: [] });
    expect(parseJarRules([1, 2])).toEqual({ protect: [], block: [] });
  });
});
