import { describe, expect, it } from 'vitest';
import { isPrivateStore } from './private-store';

describe('isPrivateStore', () => {
  it('knows both browsers\' private stores', () => {
    expect(isPrivateStore('1')).toBe(true);
    expect(isPrivateStore('firefox-private')).toBe(true);
  });

  it('leaves default stores and containers alone', () => {
    for (const id of ['0', 'firefox-default', 'firefox-container-1', '10', 'private']) expect(isPrivateStore(id)).toBe(false);
  });
});
