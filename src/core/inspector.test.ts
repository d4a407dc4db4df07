import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { changesFromTimeline, frameKind, inspectResponses, parseRecordingState, parseStoredResponses, type RecordedResponse } from './inspector';

const at = 1_700_000_000_000;
const base: Cookie = {
  name: 'a', value: '1', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
  sameSite: 'unspecified', session: true, storeId: '0',
};

function response(url: string, lines: string[], more: Partial<RecordedResponse> = {}): RecordedResponse {
  return { tabId: 1, time: at, url, method: 'GET', status: 200, topLevelUrl: url, frame: 'top', lines, ...more };
}

describe('frameKind', () => {
  it('compares sites, not origins', () => {
    expect(frameKind('https://shop.example.test/', 'https://shop.example.test/', true)).toBe('top');
    expect(frameKind('https://cdn.example.test/x', 'https://shop.example.test/', false)).toBe('same-site');
    expect(frameKind('https://widgets.test/x', 'https://shop.example.test/', false)).toBe('cross-site');
  });
});

describe('changesFromTimeline', () => {
  it('unfolds an update into the overwrite and the insert the browser fired', () => {
    const after = { ...base, value: '2' };
    expect(changesFromTimeline([
      { time: 1, kind: 'added', cause: 'explicit', after: base },
      { time: 2, kind: 'updated', cause: 'overwrite', before: base, after },
      { time: 3, kind: 'removed', cause: 'expired_overwrite', before: after },
    ])).toEqual([
      { removed: false, cause: 'explicit', cookie: base, time: 1 },
      { removed: true, cause: 'overwrite', cookie: base, time: 2 },
      { removed: false, cause: 'explicit', cookie: after, time: 2 },
      { removed: true, cause: 'expired_overwrite', cookie: after, time: 3 },
    ]);
  });
});

describe('inspectResponses', () => {
  it('gives every line its fate, with the parsed attributes', () => {
    const [inspected] = inspectResponses([response('https://shop.example.test/', ['a=1; Secure', 'b=2; Domain=other.test'])], {
      engine: 'chrome', storeId: '0', jar: [base], changes: [{ removed: false, cause: 'explicit', cookie: base, time: at + 20 }],
    });
    expect(inspected!.lines.map((l) => [l.name, l.attributes, l.fate.kind])).toEqual([
      ['a', [{ name: 'Secure', value: '' }], 'stored'],
      ['b', [{ name: 'Domain', value: 'other.test' }], 'rejected'],
    ]);
  });
  it('calls an http line that stored nothing while a Secure cookie of its name is in the jar an attempt to overwrite it', () => {
    const secure = { ...base, name: 'sid' };
    const [inspected] = inspectResponses([response('http://shop.example.test/', ['sid=x; Path=/'])], { engine: 'firefox', storeId: '0', jar: [secure], changes: [] });
    expect(inspected!.lines[0]!.fate).toMatchObject({ kind: 'rejected', reasons: [{ code: 'overwrite-secure' }] });
    const [stored] = inspectResponses([response('http://shop.example.test/', ['sid=x; Path=/'])], {
      engine: 'firefox', storeId: '0', jar: [{ ...secure, secure: false, value: 'x' }],
      changes: [{ removed: false, cause: 'explicit', cookie: { ...secure, secure: false, value: 'x' }, time: at }],
    });
    expect(stored!.lines[0]!.fate.kind).toBe('stored');
  });
  it('reads the lines as the browser it runs in does', () => {
    const [chrome] = inspectResponses([response('https://shop.example.test/', ['token'])], { engine: 'chrome', storeId: '0', changes: [] });
    const [firefox] = inspectResponses([response('https://shop.example.test/', ['token'])], { engine: 'firefox', storeId: '0', changes: [] });
    expect([chrome!.lines[0]!.name, chrome!.lines[0]!.value]).toEqual(['', 'token']);
    expect([firefox!.lines[0]!.name, firefox!.lines[0]!.value]).toEqual(['token', '']);
    expect(chrome!.lines[0]!.fate).toEqual({ kind: 'unknown', why: 'not-looked-up' });
  });
});

describe('stored state', () => {
  it('reads back what was stored and nothing else', () => {
    const stored = [response('https://a.test/', ['a=1'])];
    expect(parseStoredResponses(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(parseStoredResponses([{ ...stored[0], frame: 'elsewhere' }])).toEqual([]);
    expect(parseStoredResponses('x')).toEqual([]);
    expect(parseRecordingState({ tabId: 3, storeId: '0', topLevelUrl: 'https://a.test/' })).toEqual({ tabId: 3, storeId: '0', topLevelUrl: 'https://a.test/' });
    expect(parseRecordingState({ tabId: 'x', storeId: '0', topLevelUrl: '' })).toBeNull();
  });
});
