// Screenshots of the editor for the README, from the built extension (run `npm run build`
// first): the demo shop's JWT cookie decoded (docs/editor-jwt.png) and a cookie the page does
// not receive, with the reason (docs/editor-diagnosis.png), each opened from its row as a user
// would, in the popup's own size.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from '../tests/e2e/harness/chromium-launch.js';
import { HOSTS, startSite } from '../tests/site/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const POPUP = { width: 600, height: 600 };
const site = await startSite();
const browser = await launchChromiumWithExtension({ extensionDir: join(root, 'dist', 'chrome'), headless: true, viewport: POPUP });
try {
  const shop = await browser.context.newPage();
  await shop.goto(`${site.origin(HOSTS.shop)}/demo`);
  const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/src/pages/popup/index.html?tabId=${tab?.id}`);

  const shots = [
    { row: /^auth on /, file: 'editor-jwt.png', ready: popup.getByText('expires in', { exact: false }) },
    { row: /^cart on /, file: 'editor-diagnosis.png', ready: popup.getByText('NotOnPath', { exact: false }).first() },
  ];
  for (const { row, file, ready } of shots) {
    await popup.getByRole('button', { name: row }).click();
    await ready.waitFor();
    await popup.screenshot({ path: join(root, 'docs', file) });
    await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
  console.log('saved docs/editor-jwt.png and docs/editor-diagnosis.png');
} finally {
  await browser.close();
  await site.close();
}
