import { describe, expect, it } from 'vitest';
import { toWire } from './wire';

describe('the wire', () => {
  it('carries a message as JSON text where asked, and as it is otherwise', () => {
    const answer = { ok: true, result: [1, 'two'] };
    expect(toWire(answer, true)).toBe('{"ok":true,"result":[1,"two"]}');
    expect(toWire(answer, false)).toBe(answer);
  });
});
