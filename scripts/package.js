// Writes store-ready zips of both builds to artifacts/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
execFileSync('node', ['scripts/build.js'], { stdio: 'inherit' });
for (const browser of ['chrome', 'firefox']) {
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', `crumb-${browser}-${version}.zip`, '--overwrite-dest'],
    { stdio: 'inherit' },
  );
}
