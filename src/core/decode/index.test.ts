import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english, type MessageKey, type Translate } from '../translate';
import { DECODER_MESSAGE_KEYS, decodeValue, encodeValue, type DecodedView } from './index';

const NOW = 1_800_000_000;
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function jwt(payload: string): string {
  return `${HEADER}.${b64url(payload)}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;
}

function viewOf(raw: string, kinds: string[]): DecodedView {
  const view = decodeValue(raw, NOW, english).find((v) => v.kinds.join() === kinds.join());
  if (!view) throw new Error(`no ${kinds.join(' → ')} view of ${raw}`);
  return view;
}

const jsonObject = fc.dictionary(fc.string(), fc.jsonValue());

const ENCODINGS: [string, string[], (json: string) => string][] = [
  ['Base64', ['base64', 'json'], b64],
  ['base64url', ['base64', 'json'], b64url],
  ['URL', ['url', 'json'], encodeURIComponent],
  ['JWT', ['jwt'], jwt],
];

describe('decodeValue', () => {
  it('offers the nested decodings, deepest first, with readable labels', () => {
    const raw = encodeURIComponent(b64('{"cart":[1,2]}'));
    const views = decodeValue(raw, NOW, english);
    expect(views.map((v) => v.label)).toEqual(['URL-encoded → Base64 → JSON', 'URL-encoded → Base64', 'URL-encoded']);
    expect(views[0]?.text).toBe('{\n  "cart": [\n    1,\n    2\n  ]\n}');
    expect(views[1]?.text).toBe('{"cart":[1,2]}');
    expect(views[2]?.text).toBe(b64('{"cart":[1,2]}'));
  });

  it('names base64url as such', () => {
    expect(decodeValue(b64url('{"q":"<<???>>"}'), NOW, english)[0]?.label).toBe('Base64url → JSON');
  });

  it('describes a JWT: header, claims, and the signature caveat', () => {
    const [view] = decodeValue(jwt(JSON.stringify({ sub: '1', exp: NOW + 720 })), NOW, english);
    expect(view?.label).toBe('JWT');
    expect(view?.jwt?.header).toBe('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
    expect(view?.jwt?.claims.map((c) => c.relative)).toEqual(['expires in 12 min']);
    expect(view?.note).toMatch(/signature/);
  });

  it('finds nothing in plain values', () => {
    for (const raw of ['', 'en', 'true', '1', 'abc123', 'GA1.2.1234567890.1700000000', 'a+b']) {
      expect(decodeValue(raw, NOW, english)).toEqual([]);
    }
  });

  it('never throws on arbitrary input, and every view re-encodes unchanged to the same raw value', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (raw) => {
      for (const view of decodeValue(raw, NOW, english)) {
        expect(encodeValue(view, view.text, english)).toMatchObject({ ok: true, raw });
      }
    }), { numRuns: 500 });
  });

  it('never throws on arbitrary edits', () => {
    const raws = [encodeURIComponent('{"a":1}'), b64('{"a":1}'), b64('plain text'), jwt('{"a":1}'), '{"a":1}', 'a%20b'];
    const views = raws.map((raw) => decodeValue(raw, NOW, english)[0]!);
    fc.assert(fc.property(fc.constantFrom(...views), fc.string({ unit: 'binary' }), (view, edited) => {
      const result = encodeValue(view, edited, english);
      expect(typeof (result.ok ? result.raw : result.message)).toBe('string');
    }));
  });
});

describe.each(ENCODINGS)('%s-encoded JSON', (_name, kinds, encode) => {
  it('re-encodes an unchanged decoded value to the identical raw value', () => {
    fc.assert(fc.property(jsonObject, (object) => {
      const raw = encode(JSON.stringify(object));
      const view = viewOf(raw, kinds);
      expect(view.text).toBe(JSON.stringify(object, null, 2));
      expect(encodeValue(view, view.text, english)).toEqual({ ok: true, raw });
    }));
  });

  it('re-encodes an edit in the same encoding', () => {
    fc.assert(fc.property(jsonObject, jsonObject, (before, after) => {
      const view = viewOf(encode(JSON.stringify(before)), kinds);
      const result = encodeValue(view, JSON.stringify(after, null, 2), english);
      if (!result.ok) throw new Error(result.message);
      expect(viewOf(result.raw, kinds).text).toBe(JSON.stringify(after, null, 2));
    }));
  });
});

describe('encodeValue', () => {
  it('writes an edited JWT payload with the old header and signature and a note', () => {
    const raw = jwt('{"sub":"1","role":"user"}');
    const view = viewOf(raw, ['jwt']);
    const result = encodeValue(view, view.text.replace('"user"', '"admin"'), english);
    expect(result).toMatchObject({ ok: true, raw: jwt('{"sub":"1","role":"admin"}') });
    expect(result.ok && result.note).toMatch(/signature/);
    expect(raw.split('.')[2]).toBe(result.ok && result.raw.split('.')[2]);
  });

  it('writes compact JSON back compact through every layer', () => {
    const view = viewOf(encodeURIComponent('{"a":1,"b":"x y"}'), ['url', 'json']);
    expect(encodeValue(view, '{\n  "a": 2,\n  "b": "x y"\n}', english)).toEqual({ ok: true, raw: '%7B%22a%22%3A2%2C%22b%22%3A%22x%20y%22%7D' });
  });

  it('reports invalid JSON instead of writing it', () => {
    const view = viewOf(b64('{"a":1}'), ['base64', 'json']);
    expect(encodeValue(view, '{"a":', english)).toMatchObject({ ok: false, message: expect.stringMatching(/^Not valid JSON/) });
  });
});

describe('the decoders\' words', () => {
  const LOCALES = new URL('../../../public/_locales/', import.meta.url);

  it('are in every language\'s catalog', () => {
    const locales = readdirSync(LOCALES);
    expect(locales).toContain('en');
    for (const locale of locales) {
      const catalog = JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES), 'utf8')) as Record<string, { message?: string }>;
      for (const key of DECODER_MESSAGE_KEYS) expect(catalog[key]?.message?.trim(), `${locale} ${key}`).toBeTruthy();
    }
  });

  it('all come from the catalog: labels, notes, claims\' times and refusals hold nothing else but names and numbers', () => {
    const used = new Set<MessageKey>();
    // Marks each message and what it was filled with, so English written in the code shows as what is left.
    const marking: Translate = (key, ...args) => {
      used.add(key);
      return `‹${key}:${args.join('|')}›`;
    };
    const texts: string[] = [];
    const MINUTE = 60;
    const DAY = 86_400;
    const claims = { exp: NOW + 45, iat: NOW - 12 * MINUTE, nbf: NOW + 3 * 3600 };
    const later = { exp: NOW - 5 * DAY, iat: NOW + 3 * 365 * DAY, nbf: NOW - 30 };
    for (const payload of [claims, later]) {
      for (const view of decodeValue(jwt(JSON.stringify(payload)), NOW, marking)) {
        texts.push(view.label, view.note ?? '', ...(view.jwt?.claims.map((c) => c.relative) ?? []));
        const edited = encodeValue(view, '{"sub":"2"}', marking);
        texts.push(edited.ok ? (edited.note ?? '') : edited.message);
        const refused = encodeValue(view, '[1]', marking);
        texts.push(refused.ok ? '' : refused.message);
      }
    }
    for (const view of decodeValue(encodeURIComponent(b64('{"cart":[1,2]}')), NOW, marking)) {
      texts.push(view.label);
      const refused = encodeValue(view, '{"a":', marking);
      texts.push(refused.ok ? '' : refused.message);
    }

    const unmarked = (text: string) => {
      let rest = text;
      while (/‹[^‹›]*›/.test(rest)) rest = rest.replace(/‹[^‹›]*›/g, '');
      return rest.replace(/Base64url|Base64|JWT|JSON|→|\s/g, '');
    };
    expect(texts.map(unmarked).filter((rest) => rest !== '')).toEqual([]);
    expect([...used].sort()).toEqual([...DECODER_MESSAGE_KEYS].sort());
  });
});
