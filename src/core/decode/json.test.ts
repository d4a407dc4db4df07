import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../translate';
import { compactJson, decodeJson, encodeJson, isJsonContainer, prettyJson } from './json';

describe('prettyJson / compactJson', () => {
  it('lay out JSON as JSON.stringify does, and back', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const compact = JSON.stringify(value);
      expect(prettyJson(compact)).toBe(JSON.stringify(value, null, 2));
      expect(compactJson(prettyJson(compact))).toBe(compact);
    }));
  });

  it('keep numbers and escapes exactly as written', () => {
    const raw = '{"id":12345678901234567890,"s":"\\u00e9 \\"{[,:]}\\" \\\\","f":1.50}';
    expect(prettyJson(raw)).toBe('{\n  "id": 12345678901234567890,\n  "s": "\\u00e9 \\"{[,:]}\\" \\\\",\n  "f": 1.50\n}');
    expect(compactJson(prettyJson(raw))).toBe(raw);
  });
});

describe('decodeJson', () => {
  it('applies to objects and arrays and notes whether the original was compact', () => {
    expect(decodeJson('{"a":[1,{}]}')).toEqual({
      kind: 'json', encoded: '{"a":[1,{}]}', decoded: '{\n  "a": [\n    1,\n    {}\n  ]\n}', compact: true,
    });
    expect(decodeJson('{ "a": 1 }')?.compact).toBe(false);
    expect(decodeJson('{"a b":1}')?.compact).toBe(true);
  });

  it('does not apply to bare values or broken JSON', () => {
    expect(isJsonContainer('42')).toBe(false);
    expect(isJsonContainer('"text"')).toBe(false);
    expect(decodeJson('{"a":')).toBeNull();
    expect(decodeJson('[1,]')).toBeNull();
  });
});

describe('encodeJson', () => {
  it('writes an edit compact when the original was compact, as typed otherwise', () => {
    const compact = decodeJson('{"a":1}')!;
    expect(encodeJson(compact, '{\n  "a": 2,\n  "b": "x y"\n}', english)).toEqual({ ok: true, value: '{"a":2,"b":"x y"}' });
    const spaced = decodeJson('{ "a": 1 }')!;
    expect(encodeJson(spaced, '{ "a": 2 }', english)).toEqual({ ok: true, value: '{ "a": 2 }' });
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = encodeJson(decodeJson('{"a":1}')!, '{"a":}', english);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Not valid JSON: /);
  });
});
