// `tebiki serve` in Chromium: an edited page reloads by itself and shows the change; a build
// that fails shows its findings over the page while the last good site stays served.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO, launch, requirements, screenshot, startServe, stopServe, tempDir } from './lib.mjs';

const chromium = await requirements();
let browser;
let server;
let source;

before(async () => {
  source = path.join(tempDir('serve'), 'content');
  fs.cpSync(path.join(REPO, 'content'), source, { recursive: true });
  server = await startServe(source);
  browser = await launch(chromium);
});
after(async () => {
  await browser?.close();
  if (server) assert.equal(await stopServe(server), 0, 'serve stops cleanly on SIGTERM');
});

test('an edit reloads the open page with the change', async () => {
  const tab = await browser.newPage();
  await tab.goto(server.url + 'chapter3.html');
  await tab.evaluate(() => { window.tebikiBeforeReload = true; });
  const file = path.join(source, 'chapter3.md');
  fs.appendFileSync(file, '\nライブリロードで追加した段落である。\n');
  // The new document may not have its <main> yet when the predicate first runs on it.
  await tab.waitForFunction(() => !window.tebikiBeforeReload &&
    Boolean(document.querySelector('#tebiki-main')?.textContent.includes('ライブリロードで追加した段落である。')), null, { timeout: 15000 });
  await screenshot(tab, 'serve-reloaded');
  await tab.close();
});

test('a failed build shows its findings in the page, and the next good one clears them', async () => {
  const tab = await browser.newPage();
  await tab.goto(server.url + 'chapter3.html');
  const file = path.join(source, 'chapter3.md');
  const good = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, good + '\n[壊れたリンク](nowhere.md)\n');
  const overlay = tab.locator('#tebiki-live-overlay');
  await overlay.waitFor({ timeout: 15000 });
  assert.match(await overlay.textContent(), /chapter3\.md:\d+:\d+: error: link to unknown page 'nowhere\.md'/);
  await screenshot(tab, 'serve-failed');
  const served = await (await fetch(server.url + 'chapter3.html')).text();
  assert.ok(!served.includes('壊れたリンク'), 'the last good page is still served');
  fs.writeFileSync(file, good);
  await overlay.waitFor({ state: 'detached', timeout: 15000 });
  await tab.close();
});
