import { describe, expect, it } from 'vitest';
import { assertPlainDynamicImports } from './plain-dynamic-import.js';

const HELPER_ID = '\0vite/preload-helper.js';

/** @param {Partial<import('./plain-dynamic-import.js').OutputChunk>} fields */
const chunk = (fields) => ({ fileName: 'x.js', code: '', isDynamicEntry: false, moduleIds: [], ...fields });

describe('assertPlainDynamicImports', () => {
  it('accepts lazy chunks loaded through this plugin\'s helper', () => {
    const page = chunk({ fileName: 'popup.js', moduleIds: ['src/popup.tsx', HELPER_ID] });
    const lazy = chunk({ fileName: 'decode.js', isDynamicEntry: true, viteMetadata: { importedCss: new Set() } });
    expect(() => assertPlainDynamicImports([page, lazy])).not.toThrow();
  });

  it('accepts a build without lazy chunks, which needs no helper', () => {
    expect(() => assertPlainDynamicImports([chunk({})])).not.toThrow();
  });

  it('fails when lazy chunks exist but the helper was not bundled (Vite renamed its module)', () => {
    const lazy = chunk({ fileName: 'decode.js', isDynamicEntry: true });
    expect(() => assertPlainDynamicImports([chunk({}), lazy])).toThrow(/helper was not bundled/);
  });

  it('fails when Vite\'s own helper is in the output', () => {
    const vite = chunk({ fileName: 'preload-helper.js', code: 'new Event("vite:preloadError",{cancelable:true})' });
    expect(() => assertPlainDynamicImports([vite])).toThrow(/preload-helper\.js holds Vite's own preload helper/);
  });

  it('fails when a lazy chunk imports CSS', () => {
    const lazy = chunk({ fileName: 'decode.js', isDynamicEntry: true, moduleIds: [HELPER_ID], viteMetadata: { importedCss: new Set(['decode.css']) } });
    expect(() => assertPlainDynamicImports([lazy])).toThrow(/decode\.js is loaded lazily and imports CSS/);
  });
});
