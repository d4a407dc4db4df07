// The bench's own unit tests (its pure helpers); the browser part is proven by running it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['bench/**/*.test.js'], root: new URL('..', import.meta.url).pathname },
});
