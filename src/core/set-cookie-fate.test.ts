import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie } from './cookie';
import type { Prediction } from './set-cookie-check';
import { CHANGE_WINDOW_MS, settleFates, type Fate, type SettleContext, type TimedChange } from './set-cookie-fate';
import type { Engine } from './set-cookie-line';

const at = 1_700_000_000_000;
const cookie: Cookie = {
  name: 'sid', value: 'new', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
  sameSite: 'lax', session: true, storeId: '0',
};
const old: Cookie = { ...cookie, value: 'old' };
const accepted: Prediction = { kind: 'accepted', cookie, deletes: false };
const deleting: Prediction = { kind: 'accepted', cookie: { ...cookie, value: '', session: false, expirationDate: 1 }, deletes: true };

function ctx(more: Partial<SettleContext> = {}): SettleContext {
  return { engine: 'chrome', responseTime: at, crossSite: false, jar: [], ...more };
}

function change(removed: boolean, cause: TimedChange['cause'], c: Cookie, offset = 0): TimedChange {
  return { removed, cause, cookie: c, time: at + offset };
}

function settle(predictions: Prediction[], changes: TimedChange[], more: Partial<SettleContext> = {}): Fate[] {
  return settleFates(predictions, changes, new Set(), ctx(more));
}

describe('settleFates', () => {
  it('passes the rules\' rejection on', () => {
    const reasons = [{ code: 'too-large' as const, message: 'big' }];
    expect(settle([{ kind: 'rejected', reasons }], [])).toEqual([{ kind: 'rejected', reasons }]);
  });
  it('a new cookie is stored, also when Firefox reported it before the response', () => {
    expect(settle([accepted], [change(false, 'explicit', cookie, -60)], { engine: 'firefox' })).toEqual([{ kind: 'stored', cookie }]);
  });
  it('Chrome\'s overwrite carries the old cookie', () => {
    expect(settle([accepted], [change(true, 'overwrite', old, 5), change(false, 'explicit', cookie, 6)]))
      .toEqual([{ kind: 'overwrote', before: old, after: cookie }]);
  });
  it('Firefox\'s overwrite carries the new cookie: the old value is unknown', () => {
    expect(settle([accepted], [change(true, 'overwrite', cookie, -40), change(false, 'explicit', cookie, -40)], { engine: 'firefox' }))
      .toEqual([{ kind: 'overwrote', before: null, after: cookie }]);
  });
  it('the same cookie again is unchanged: Chrome reports an overwrite with equal cookies, Firefox nothing', () => {
    expect(settle([accepted], [change(true, 'overwrite', cookie), change(false, 'explicit', cookie)]))
      .toEqual([{ kind: 'unchanged', cookie }]);
    expect(settle([accepted], [], { engine: 'firefox', jar: [cookie] })).toEqual([{ kind: 'unchanged', cookie }]);
  });
  it('a cookie put in a partition by the browser is partitioned', () => {
    const partitioned = { ...cookie, partitionKey: { topLevelSite: 'https://top.test' } };
    expect(settle([accepted], [change(false, 'explicit', partitioned)], { engine: 'firefox', crossSite: true }))
      .toEqual([{ kind: 'partitioned', cookie: partitioned }]);
  });
  it('nothing stored and nothing in the jar is blocked by the browser\'s settings, likely third-party when cross-site', () => {
    expect(settle([accepted], [], { crossSite: true })).toEqual([{ kind: 'blocked', likelyThirdParty: true }]);
    expect(settle([accepted], [])).toEqual([{ kind: 'blocked', likelyThirdParty: false }]);
  });
  it('says when it cannot know instead of guessing', () => {
    expect(settle([accepted], [], { jar: undefined })).toEqual([{ kind: 'unknown', why: 'not-looked-up' }]);
    expect(settle([accepted], [], { jar: [old] })).toEqual([{ kind: 'unknown', why: 'jar-differs' }]);
    expect(settle([deleting], [], { jar: [old] })).toEqual([{ kind: 'unknown', why: 'jar-differs' }]);
  });
  it('a deletion is expired_overwrite in Chrome and explicit in Firefox; with nothing there, nothing was deleted', () => {
    expect(settle([deleting], [change(true, 'expired_overwrite', old)])).toEqual([{ kind: 'deleted', before: old }]);
    expect(settle([deleting], [change(true, 'explicit', old)], { engine: 'firefox' })).toEqual([{ kind: 'deleted', before: old }]);
    expect(settle([deleting], [])).toEqual([{ kind: 'deleted', before: null }]);
  });
  it('ignores changes outside the window and changes of other cookies', () => {
    expect(settle([accepted], [change(false, 'explicit', cookie, CHANGE_WINDOW_MS + 1)], { jar: [] }))
      .toEqual([{ kind: 'blocked', likelyThirdParty: false }]);
    expect(settle([accepted], [change(false, 'explicit', { ...cookie, path: '/x' })]))
      .toEqual([{ kind: 'blocked', likelyThirdParty: false }]);
    expect(settle([accepted], [change(false, 'explicit', { ...cookie, domain: '.shop.example.test', hostOnly: false })]))
      .toEqual([{ kind: 'blocked', likelyThirdParty: false }]);
  });
  it('one change explains one line: two lines for one cookie are stored, then overwritten', () => {
    const second: Prediction = { kind: 'accepted', cookie: { ...cookie, value: 'newer' }, deletes: false };
    const newer = { ...cookie, value: 'newer' };
    expect(settle([accepted, second], [
      change(false, 'explicit', cookie, 1), change(true, 'overwrite', cookie, 2), change(false, 'explicit', newer, 2),
    ])).toEqual([{ kind: 'stored', cookie }, { kind: 'overwrote', before: cookie, after: newer }]);
  });
  it('a write of the old value just before, by a response not recorded, is not the line\'s', () => {
    expect(settle([accepted], [
      change(false, 'explicit', old, -300), change(true, 'overwrite', old, 10), change(false, 'explicit', cookie, 10),
    ])).toEqual([{ kind: 'overwrote', before: old, after: cookie }]);
  });
  it('keeps what earlier responses used', () => {
    const used = new Set<number>();
    const changes = [change(false, 'explicit', cookie)];
    expect(settleFates([accepted], changes, used, ctx())).toEqual([{ kind: 'stored', cookie }]);
    expect(settleFates([accepted], changes, used, ctx({ jar: [] }))).toEqual([{ kind: 'blocked', likelyThirdParty: false }]);
  });

  // A model of the two browsers: given what was in the jar and whether the browser lets the cookie
  // in, the events each one fires, at times scattered over the window. The fate must come out the
  // same whatever the order of unrelated events and the jitter.
  it('agrees with a model of each browser\'s events', () => {
    const value = fc.constantFrom('a', 'b');
    const noise = fc.array(fc.record({
      removed: fc.boolean(), path: fc.constantFrom('/x', '/y'), offset: fc.integer({ min: -CHANGE_WINDOW_MS, max: CHANGE_WINDOW_MS }),
    }), { maxLength: 4 });
    fc.assert(fc.property(
      fc.constantFrom<Engine>('chrome', 'firefox'), fc.option(value, { nil: null }), value, fc.boolean(), fc.boolean(),
      fc.integer({ min: -CHANGE_WINDOW_MS, max: CHANGE_WINDOW_MS }), noise,
      (engine, before, after, allowed, crossSite, offset, others) => {
        const was = before === null ? null : { ...cookie, value: before };
        const now = { ...cookie, value: after };
        const own: TimedChange[] = [];
        if (allowed && was && was.value !== now.value) {
          own.push(change(true, 'overwrite', engine === 'chrome' ? was : now, offset), change(false, 'explicit', now, offset));
        } else if (allowed && was && engine === 'chrome') {
          own.push(change(true, 'overwrite', was, offset), change(false, 'explicit', now, offset));
        } else if (allowed && !was) {
          own.push(change(false, 'explicit', now, offset));
        }
        const unrelated = others.map((o) => change(o.removed, 'explicit', { ...cookie, path: o.path }, o.offset));
        const changes = [...unrelated, ...own].sort((x, y) => x.time - y.time);
        const jar = allowed ? [now] : was ? [was] : [];
        const [fate] = settle([{ kind: 'accepted', cookie: now, deletes: false }], changes, { engine, crossSite, jar });
        if (!allowed) {
          expect(fate).toEqual(was ? (was.value === now.value ? { kind: 'unchanged', cookie: was } : { kind: 'unknown', why: 'jar-differs' }) : { kind: 'blocked', likelyThirdParty: crossSite });
        } else if (!was) {
          expect(fate).toEqual({ kind: 'stored', cookie: now });
        } else if (was.value === now.value) {
          expect(fate).toEqual({ kind: 'unchanged', cookie: now });
        } else {
          expect(fate).toEqual({ kind: 'overwrote', before: engine === 'chrome' ? was : null, after: now });
        }
      },
    ));
  });
});
