import { describe, expect, it } from 'vitest';
import { manifestFor, POPUP_PAGE } from './manifest.js';

/**
 * manifestFor returns a plain object, typed as the wider ManifestV3Export crxjs accepts.
 * @param {Parameters<typeof manifestFor>} args
 */
const manifest = (...args) =>
  /** @type {{ action: { default_popup?: string, default_title?: string }, background: unknown }} */ (/** @type {unknown} */ (manifestFor(...args)));

describe('manifestFor', () => {
  it('names the popup page that scripts/build.js builds', () => {
    expect(manifest('chrome').action.default_popup).toBe(POPUP_PAGE);
    expect(manifest('firefox').action.default_popup).toBe(POPUP_PAGE);
  });

  it('leaves the popup out for the build that does not make it', () => {
    const { action } = manifest('chrome', { popup: false });
    expect(action).not.toHaveProperty('default_popup');
    expect(action.default_title).toBe('__MSG_extActionTitle__');
  });

  it('keeps each browser to its own background', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(manifest('firefox').background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });
});
