// Builds the unpacked extension for each browser into dist/<browser>/.
import { build } from 'vite';

const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const browser of browsers) {
  process.env.CRUMB_BROWSER = browser;
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  console.log(`built dist/${browser}/`);
}
