// The search box's asynchronous side in Chromium, on the site built from content/ opened from
// file://: a search may still be loading its text chunks while the reader types the next query,
// and the site may be rebuilt while a page stays open.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSite, fileUrl, REPO, siteSuite, TEBIKI, tempDir } from './lib.mjs';

const suite = await siteSuite();

const resultLinks = () => document.querySelectorAll('#tebiki-search-results li a').length;

test('a stale query that fails does not replace the results of the current one', async () => {
  const tab = await suite.browser.newPage();
  await tab.goto(fileUrl(suite.site, 'chapter2.html'));
  const input = tab.locator('#tebiki-search-input');
  await input.focus();
  await tab.waitForFunction(() => window.TebikiSearchEngine && window.TEBIKI_SEARCH_INDEX);
  // 監視 fails (its chunk is unreachable) once 開通試験 has been typed and shown.
  await tab.evaluate(() => {
    const search = window.TebikiSearchEngine.prototype.search;
    window.TebikiSearchEngine.prototype.search = function (text, limit) {
      if (text !== '監視') return search.call(this, text, limit);
      return new Promise((resolve, reject) => setTimeout(() => reject(new Error('offline')), 600));
    };
  });
  await input.fill('監視');
  await tab.waitForTimeout(250);  // past the keystroke delay: the search of 監視 is under way
  await input.fill('開通試験');
  await tab.waitForFunction(resultLinks, null, { timeout: 5000 });
  await tab.waitForTimeout(800);  // the search of 監視 has failed by now
  const status = await tab.locator('#tebiki-search-status').textContent();
  assert.ok(await tab.evaluate(resultLinks) > 0, 'the results of 開通試験 are still shown; status: ' + status);
  assert.doesNotMatch(status, /読み込めません/);
  await tab.close();
});

test('a page left open while the site is rebuilt searches the new index', async () => {
  const source = path.join(tempDir('book'), 'content');
  fs.cpSync(path.join(REPO, 'content'), source, { recursive: true });
  const rebuilt = buildSite(source);
  const tab = await suite.browser.newPage();
  await tab.goto(fileUrl(rebuilt, 'chapter1.html'));
  const input = tab.locator('#tebiki-search-input');
  await input.focus();
  await tab.waitForFunction(() => window.TebikiSearchEngine && window.TEBIKI_SEARCH_INDEX);
  // The book changes under the open page: every chunk after chapter 2's start moves.
  const chapter = path.join(source, 'chapter2.md');
  fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('導入時期は、', '導入時期は、再構築の試験として書き足した一文のあと、'));
  execFileSync(TEBIKI, ['build', source, '-o', rebuilt], { stdio: ['ignore', 'ignore', 'pipe'] });
  await input.fill('開通試験');
  await tab.waitForFunction(resultLinks, null, { timeout: 5000 });
  const status = await tab.locator('#tebiki-search-status').textContent();
  assert.doesNotMatch(status, /読み込めません/);
  const snippets = await tab.locator('#tebiki-search-results').textContent();
  assert.match(snippets, /開通試験/);
  await tab.close();
});
