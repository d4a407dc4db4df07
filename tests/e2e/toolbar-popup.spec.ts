import { expect, test } from './harness/fixtures';
import { ZOO_ROWS, plantZoo } from './harness/zoo';

test('the real toolbar popup shows the cookies of the active tab', async ({ harness, site }) => {
  test.skip(!harness.openToolbarPopup, `${harness.name} cannot open the toolbar popup from a test`);
  const shop = await plantZoo(harness, site);
  const popup = await harness.openToolbarPopup!(shop);
  try {
    await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
  } finally {
    await popup.close();
  }
});
