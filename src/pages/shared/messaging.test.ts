import { describe, expect, it } from 'vitest';
import { toWire } from '../../core/wire';
import { fromWire } from './messaging';

describe('fromWire', () => {
  it('parses the JSON text Firefox answers come as', () => {
    expect(fromWire('{"ok":true,"result":[1,"two"]}')).toEqual({ ok: true, result: [1, 'two'] });
  });

  it('takes Chrome’s answers as they come', () => {
    const answer = { ok: true, result: null };
    expect(fromWire(answer)).toBe(answer);
    expect(fromWire(undefined)).toBeUndefined();
  });
});

describe('the wire both ways', () => {
  it('reads what the background sent, as JSON text or as it is', () => {
    const answer = { ok: true, result: { cookies: [{ name: 'sid', value: 'a "quoted" value' }] } };
    expect(fromWire(toWire(answer, true))).toEqual(answer);
    expect(fromWire(toWire(answer, false))).toBe(answer);
  });
});
