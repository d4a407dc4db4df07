import { describe, expect, it } from 'vitest';
import { makeCookies, rawBytes } from './fixture.js';
import { defineMetrics, heapNotMeasurable, recordHeaps } from './metrics.js';
import { toRow } from './report.js';

const { site, others } = makeCookies({ siteCookies: 60, totalCookies: 600, otherDomains: 20, nowSeconds: 1_800_000_000 });
const all = [...site, ...others];
/** @param {string | null} sitesNa */
const define = (sitesNa) => defineMetrics({ payload: null, siteCookies: site, allCookies: all, sitesNa, imports: { count: 200, sites: 10 } });

describe('defineMetrics', () => {
  it('names each figure with the cookies it was taken at, and holds heaps to twice the data', () => {
    const m = define(null);
    expect(m.firstRow.label).toBe('popup first row, 60 cookies');
    expect(m.sitesFirstRow.label).toBe('all-sites first row, 600 cookies');
    expect(m.payloadLargest.label).toBe('popup largest asset, gzip (—)');
    expect(m.heapHeld.budget).toEqual({ kind: 'raw-ratio', value: 2, raw: rawBytes(site) });
    expect(m.sitesHeapHeld.budget).toEqual({ kind: 'raw-ratio', value: 2, raw: rawBytes(all) });
  });

  it('holds Crumb\'s delete and import to 1.5× the cookies API loop, whatever the all-sites view', () => {
    const m = define('n/a (no all-sites view yet)');
    expect(m.deleteAll.label).toBe('delete all 60 cookies of the site (limit: remove loop)');
    expect(m.importAll.label).toBe('import 200 cookies on 10 sites (limit: set loop)');
    for (const metric of [m.deleteAll, m.importAll]) {
      expect(metric.budget).toEqual({ kind: 'limit-ratio', value: 1.5 });
      expect(metric.na).toBeUndefined();
    }
    m.deleteAll.crumb.push(310, 330);
    m.deleteAll.limit.push(190, 210);
    expect(toRow(m.deleteAll)).toMatchObject({ ratio: 1.6, allowed: 300, result: 'FAIL' });
  });
});

describe('the toolbar popup rows', () => {
  it('hold the first row and the first frame to 1.25× the blank popup warm, 1.5× cold', () => {
    const m = define(null);
    expect(m.toolbarWarmRow.label).toBe('toolbar popup first row, background running, 60 cookies');
    expect(m.toolbarColdRow.label).toBe('toolbar popup first row, background stopped, 60 cookies');
    for (const metric of [m.toolbarWarmRow, m.toolbarWarmFrame]) expect(metric.budget).toEqual({ kind: 'limit-ratio', value: 1.25 });
    for (const metric of [m.toolbarColdRow, m.toolbarColdFrame]) expect(metric.budget).toEqual({ kind: 'limit-ratio', value: 1.5 });
    m.toolbarColdFrame.crumb.push(140);
    m.toolbarColdFrame.limit.push(100);
    expect(toRow(m.toolbarColdFrame)).toMatchObject({ allowed: 150, result: 'pass' });
  });
});

describe('heapNotMeasurable', () => {
  it('turns the four heap rows to n/a with the reason, and nothing else', () => {
    const m = define(null);
    heapNotMeasurable(m, 'n/a in Firefox: no way in');
    const na = Object.values(m).filter((metric) => metric.na).map((metric) => [metric.id, metric.na]);
    expect(na).toEqual([
      ['heap', 'n/a in Firefox: no way in'],
      ['heap-held', 'n/a in Firefox: no way in'],
      ['sites-heap', 'n/a in Firefox: no way in'],
      ['sites-heap-held', 'n/a in Firefox: no way in'],
    ]);
    expect(toRow(m.heap).result).toBe('n/a');
  });

  it('keeps the reason a missing all-sites view already gives', () => {
    const m = define('n/a (no all-sites view yet)');
    heapNotMeasurable(m, 'n/a in Firefox: no way in');
    expect([m.heap.na, m.sitesHeap.na, m.sitesHeapHeld.na]).toEqual(['n/a in Firefox: no way in', 'n/a (no all-sites view yet)', 'n/a (no all-sites view yet)']);
  });
});

describe('recordHeaps', () => {
  it("subtracts the empty page's median heap from every heap, Crumb's and the limit's", () => {
    const m = define(null);
    m.heap.crumb.push(1500, 1600);
    m.sitesHeap.crumb.push(9000);
    const empty = recordHeaps(m, { empty: [400, 100, 200], site: [700, 800], all: [5000] });
    expect(empty).toBe(200);
    expect(m.heap.limit).toEqual([700, 800]);
    expect(m.heapHeld.crumb).toEqual([1300, 1400]);
    expect(m.heapHeld.limit).toEqual([500, 600]);
    expect(m.sitesHeap.limit).toEqual([5000]);
    expect(m.sitesHeapHeld.crumb).toEqual([8800]);
    expect(m.sitesHeapHeld.limit).toEqual([4800]);
  });

  it('leaves nothing to subtract from when the empty page was never weighed', () => {
    const m = define(null);
    m.heap.crumb.push(1500);
    expect(recordHeaps(m, { empty: [], site: [700], all: [] })).toBeNaN();
    expect(toRow(m.heapHeld).result).toBe('missing');
  });
});
