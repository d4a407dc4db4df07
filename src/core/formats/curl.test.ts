import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { curl, shellQuote } from './curl';
import { cookiesArb, NOW } from '../../../tests/support/formats';

const serialize = (cookies: Cookie[]): string => curl.serialize!(cookies, { nowSeconds: NOW });

/**
 * Runs the commands in a real POSIX shell with `curl` replaced by a function that
 * prints its arguments, so the test sees exactly what curl would have been given.
 */
function argvOfEachCommand(script: string): string[][] {
  const out = execFileSync('sh', ['-c', `curl() { printf '%s\\000' "$#" "$@"; }\n${script}`], { encoding: 'utf8' });
  const fields = out.split('\0').slice(0, -1);
  const commands: string[][] = [];
  for (let i = 0; i < fields.length;) {
    const count = Number(fields[i]);
    commands.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  return commands;
}

function expectedCommands(cookies: Cookie[]): string[][] {
  const byUrl = new Map<string, string[]>();
  for (const c of cookies) {
    const url = `${c.secure ? 'https' : 'http'}://${c.domain.replace(/^\./, '')}${c.path}`;
    byUrl.set(url, [...(byUrl.get(url) ?? []), `${c.name}=${c.value}`]);
  }
  return [...byUrl].map(([url, pairs]) => ['--globoff', '-b', pairs.join('; '), url]);
}

describe('curl command line', () => {
  it('gives curl exactly the cookies, grouped per URL, however they are quoted', () => {
    // curl drops "." and ".." segments from a URL; a cookie path with them is never sent anyway.
    const noDotSegments = (c: Cookie): boolean => !/\/\.\.?(?=\/|$)/.test(c.path);
    fc.assert(fc.property(cookiesArb().map((list) => list.filter(noDotSegments)), (cookies) => {
      expect(argvOfEachCommand(serialize(cookies))).toEqual(expectedCommands(cookies));
    }), { numRuns: 25 });
  });

  it('quotes anything for sh', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0')), { maxLength: 4 }), (args) => {
      expect(argvOfEachCommand(`curl ${args.map(shellQuote).join(' ')}`)).toEqual([args]);
    }), { numRuns: 15 });
  });

  it('writes one readable line per URL', () => {
    const base: Cookie = { name: 'a', value: '1', domain: 'a.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };
    expect(serialize([base, { ...base, name: 'b', value: "it's" }, { ...base, path: '/my docs', secure: false }])).toBe(
      "curl --globoff -b 'a=1; b=it'\\''s' 'https://a.test/'\n" +
      "curl --globoff -b 'a=1' 'http://a.test/my%20docs'\n",
    );
    expect(serialize([])).toBe('');
    expect(serialize([{ ...base, path: '/\ud800é' }])).toBe("curl --globoff -b 'a=1' 'https://a.test/%EF%BF%BD%C3%A9'\n");
  });

  it('runs as written in the real curl when the path has "[" or "]", which curl would otherwise expand', () => {
    const cookie: Cookie = { name: 'a', value: '1', domain: '127.0.0.1', hostOnly: true, path: '/list[a]/x', secure: false, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };
    const exitCode = (script: string): number => {
      try {
        execFileSync('sh', ['-c', script], { stdio: 'ignore' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    // Nothing listens on port 1: 7 is "could not connect", so curl got as far as using the URL.
    const command = serialize([cookie]).replace('http://127.0.0.1/', 'http://127.0.0.1:1/');
    expect(exitCode(command)).toBe(7);
    // 3 is curl's "URL malformed": the bad glob range it reads without --globoff.
    expect(exitCode(command.replace('--globoff ', ''))).toBe(3);
  });

  it('cannot be imported', () => {
    expect(curl.parse).toBeUndefined();
  });
});
