import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { curl, curlForCookie, shellQuote } from './curl';
import { cookieHeaderOf, cookiesForNavigation } from '../request-cookies';
import { headerCannotCarry } from './header-text';
import { cookiesArb, NOW } from '../../../tests/support/formats';

const serialize = (cookies: Cookie[], requestUrl: string): string => {
  const opts = { nowSeconds: NOW, requestUrl };
  return curl.serialize!(curl.select!(cookies, opts), opts);
};

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

const base: Cookie = { name: 'a', value: '1', domain: 'a.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };

describe('curl command line', () => {
  it('is one command giving curl exactly the Cookie header of what the URL receives, however it is quoted', () => {
    fc.assert(fc.property(cookiesArb(), fc.constantFrom('https://shop.example.test/', 'http://example.test:8080/a/b?q=1'), (cookies, url) => {
      const sent = cookiesForNavigation(cookies, url, NOW).filter((c) => headerCannotCarry(c) === null);
      const header = cookieHeaderOf(sent);
      const expected = header === '' ? ['--globoff', new URL(url).href] : ['--globoff', '-H', `Cookie: ${header}`, new URL(url).href];
      expect(argvOfEachCommand(serialize(cookies, url))).toEqual([expected]);
    }), { numRuns: 25 });
  });

  it('quotes anything for sh', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0')), { maxLength: 4 }), (args) => {
      expect(argvOfEachCommand(`curl ${args.map(shellQuote).join(' ')}`)).toEqual([args]);
    }), { numRuns: 15 });
  });

  it('writes one readable line, the port and query kept, Secure cookies only over https', () => {
    const cookies = [base, { ...base, name: 'b', value: "it's", path: '/my' }, { ...base, name: 'c', secure: false }];
    expect(serialize(cookies, 'https://a.test:8443/my docs?q=[1]')).toBe(
      "curl --globoff -H 'Cookie: a=1; c=1' 'https://a.test:8443/my%20docs?q=[1]'\n",
    );
    expect(serialize(cookies, 'https://a.test:8443/my/x')).toBe("curl --globoff -H 'Cookie: b=it'\\''s; a=1; c=1' 'https://a.test:8443/my/x'\n");
    expect(serialize(cookies, 'http://a.test/')).toBe("curl --globoff -H 'Cookie: c=1' 'http://a.test/'\n");
    expect(serialize(cookies, 'https://other.test/')).toBe("curl --globoff 'https://other.test/'\n");
  });

  it('copies one cookie as a command to its own URL', () => {
    expect(curlForCookie({ ...base, path: '/\ud800é' })).toBe("curl --globoff -b 'a=1' 'https://a.test/%EF%BF%BD%C3%A9'");
  });

  it('runs as written in the real curl when the URL has "[" or "]", which curl would otherwise expand', () => {
    const exitCode = (script: string): number => {
      try {
        execFileSync('sh', ['-c', script], { stdio: 'ignore' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    // Nothing listens on port 1: 7 is "could not connect", so curl got as far as using the URL.
    const command = serialize([{ ...base, domain: '127.0.0.1', secure: false }], 'http://127.0.0.1:1/list[a]/x');
    expect(exitCode(command)).toBe(7);
    // 3 is curl's "URL malformed": the bad glob range it reads without --globoff.
    expect(exitCode(command.replace('--globoff ', ''))).toBe(3);
  });

  it('cannot be imported', () => {
    expect(curl.parse).toBeUndefined();
  });
});
