import { describe, expect, it } from 'vitest';
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
