import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityKey, type Cookie } from './cookie';
import { parseProfiles, planSwitch } from './profiles';

function cookie(name: string, value: string, path = '/'): Cookie {
  return { name, value, domain: 'shop.example.test', hostOnly: true, path, secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };
}

/** The jar after the plan: removals, then writes. */
function apply(jar: readonly Cookie[], plan: ReturnType<typeof planSwitch>): Cookie[] {
  const byKey = new Map(jar.map((c) => [identityKey(c), c]));
  for (const c of plan.removes) byKey.delete(identityKey(c));
  for (const c of plan.writes) byKey.set(identityKey(c), c);
  return [...byKey.values()];
}

const sorted = (cookies: Cookie[]) => [...cookies].sort((a, b) => identityKey(a).localeCompare(identityKey(b)));

describe('planSwitch', () => {
  it('writes what differs, removes what the profile lacks, and leaves what is already right', () => {
    const plan = planSwitch([cookie('same', '1'), cookie('changed', 'old'), cookie('extra', 'x')], [cookie('same', '1'), cookie('changed', 'new'), cookie('added', 'a')]);
    expect(plan.writes.map((c) => c.name)).toEqual(['changed', 'added']);
    expect(plan.removes.map((c) => c.name)).toEqual(['extra']);
    expect(plan.prior.map((c) => `${c.name}=${c.value}`).sort()).toEqual(['changed=old', 'extra=x']);
  });

  it('tells cookies apart by their whole identity', () => {
    const plan = planSwitch([cookie('a', '1', '/x')], [cookie('a', '1', '/')]);
    expect(plan.removes.map((c) => c.path)).toEqual(['/x']);
    expect(plan.writes.map((c) => c.path)).toEqual(['/']);
  });

  it('turns any jar into exactly the profile, and its prior holds every cookie it touches as it was', () => {
    const one = fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), value: fc.constantFrom('1', '2'), path: fc.constantFrom('/', '/p') }).map((r) => cookie(r.name, r.value, r.path));
    const set = fc.uniqueArray(one, { selector: identityKey, maxLength: 8 });
    fc.assert(
      fc.property(set, set, (jar, profile) => {
        const plan = planSwitch(jar, profile);
        expect(sorted(apply(jar, plan))).toEqual(sorted(profile));
        const touched = new Set([...plan.writes, ...plan.removes].map(identityKey));
        expect(sorted(plan.prior)).toEqual(sorted(jar.filter((c) => touched.has(identityKey(c)))));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseProfiles', () => {
  it('keeps well-formed profiles only', () => {
    const good = { id: 'p', name: 'Admin', site: 'example.test', storeId: '0', time: 1, cookies: [cookie('a', '1')] };
    expect(parseProfiles([good, { ...good, cookies: [{}] }, null])).toEqual([good]);
    expect(parseProfiles(undefined)).toEqual([]);
  });
});
