import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';

describe('parseOptions', () => {
  it('runs 7 times at the browser limits by default, and scales down with --quick', () => {
    expect(parseOptions([])).toMatchObject({ quick: false, build: true, runs: 7, siteCookies: 180, totalCookies: 3300 });
    expect(parseOptions(['--quick', '--no-build'])).toMatchObject({ quick: true, build: false, runs: 2 });
    expect(parseOptions([])).toMatchObject({ importCookies: 1000, importSites: 10 });
    expect(parseOptions(['--quick'])).toMatchObject({ importCookies: 200, importSites: 10 });
    expect(parseOptions(['--runs=3', '--dist=/x'])).toMatchObject({ runs: 3, dist: '/x', build: false });
  });

  it('measures both browsers by default, or the one --browser names', () => {
    expect(parseOptions([]).browsers).toEqual(['chromium', 'firefox']);
    expect(parseOptions(['--quick', '--no-build']).browsers).toEqual(['chromium', 'firefox']);
    expect(parseOptions(['--browser=both']).browsers).toEqual(['chromium', 'firefox']);
    expect(parseOptions(['--browser=chromium']).browsers).toEqual(['chromium']);
    expect(parseOptions(['--quick', '--browser=firefox']).browsers).toEqual(['firefox']);
  });

  it('measures a --dist build in Chromium unless --browser names Firefox', () => {
    expect(parseOptions(['--dist=/x']).browsers).toEqual(['chromium']);
    expect(parseOptions(['--dist=/x', '--browser=firefox'])).toMatchObject({ browsers: ['firefox'], dist: '/x', build: false });
    expect(() => parseOptions(['--dist=/x', '--browser=both'])).toThrow(/--dist is one build/);
  });

  it('rejects what it does not know', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseOptions(['--runs=0'])).toThrow(/at least 1/);
    expect(() => parseOptions(['--browser=webkit'])).toThrow(/--browser must be chromium, firefox or both, not "webkit"/);
    expect(() => parseOptions(['--browser=toString'])).toThrow(/--browser must be/);
    expect(() => parseOptions(['--browser='])).toThrow(/--browser must be/);
  });
});
