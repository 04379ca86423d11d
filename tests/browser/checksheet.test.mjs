// The check sheet (checksheet.html) from file://: weights and scores give the expected
// totals, names and answers survive a reload (localStorage), the CSV opens in Excel
// (UTF-8 BOM, CRLF, quoted fields), and the print layout hides the controls.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileUrl, screenshot, siteSuite } from './lib.mjs';

const suite = await siteSuite();

// The sheet's JSON is also what the test computes the expected totals from.
async function sheetData(tab) {
  return JSON.parse(await tab.locator('#checksheet-data').textContent());
}

test('scores, weights and provider names give weighted totals and are kept', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(fileUrl(suite.site, 'checksheet.html'));
  const data = await sheetData(tab);
  const planning = data.items.filter((item) => item.phase === 'planning');
  const full = planning.reduce((sum, item) => sum + item.weight * 2, 0);
  const [first, second] = planning;

  await tab.locator(`select.checksheet-score[data-item="${first.id}"][data-provider="0"]`).selectOption('o');
  await tab.locator(`select.checksheet-score[data-item="${second.id}"][data-provider="0"]`).selectOption('t');
  await tab.locator(`select.checksheet-weight[data-item="${second.id}"]`).selectOption('1');
  const expected = first.weight * 2 + 1 * 1;
  const fullAfter = full - second.weight * 2 + 2;
  const total = tab.locator('.checksheet-total[data-phase="planning"][data-provider="0"]');
  assert.equal(await total.textContent(), `${expected} / ${fullAfter}（${Math.round((expected / fullAfter) * 100)}%）`);
  const grand = await tab.locator('.checksheet-grand-total[data-provider="0"]').textContent();
  assert.match(grand, new RegExp('^' + expected + ' / '));

  await tab.locator('#checksheet-name-1').fill('株式会社"テスト",監視');
  await tab.locator('#checksheet-name-1').press('Tab');
  await tab.reload();
  assert.equal(await tab.locator('#checksheet-name-1').inputValue(), '株式会社"テスト",監視');
  assert.equal(await tab.locator(`select.checksheet-score[data-item="${first.id}"][data-provider="0"]`).inputValue(), 'o');
  assert.equal(await total.textContent(), `${expected} / ${fullAfter}（${Math.round((expected / fullAfter) * 100)}%）`);
  await screenshot(tab, 'checksheet-filled');

  const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator('#checksheet-csv').click()]);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines.length, 1 + data.items.length + data.phases.length + 1);
  assert.match(lines[0], /^"フェーズ","ID","確認項目","重み","事業者A","株式会社""テスト"",監視","事業者C"$/);
  assert.ok(lines.includes(`"${data.phases[0].title}","${first.id}",${JSON.stringify(first.question)},"${first.weight}","2","",""`));
  await context.close();
});

test('the printed sheet leaves out the controls', async () => {
  const tab = await suite.browser.newPage();
  await tab.goto(fileUrl(suite.site, 'checksheet.html'));
  await tab.emulateMedia({ media: 'print' });
  assert.equal(await tab.locator('#checksheet-controls').isVisible(), false);
  assert.ok(await tab.locator('.checksheet-items').first().isVisible());
  await tab.close();
});

test('the chapter tables link to the sheet', async () => {
  const tab = await suite.browser.newPage();
  await tab.goto(fileUrl(suite.site, 'chapter2.html'));
  await tab.locator('p.checklist-sheet a').first().click();
  await tab.waitForURL(/checksheet\.html#phase-planning$/);
  await tab.close();
});
