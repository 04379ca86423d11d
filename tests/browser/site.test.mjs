// The built site in Chromium, opened from file:// (it must work without a server):
// navigation, Japanese search, term descriptions, phone width, accessibility (axe-core),
// and a screenshot of every kind of page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSite, fileUrl, HERE, PAGE_KINDS, screenshot, siteSuite, tempDir } from './lib.mjs';

const suite = await siteSuite();

async function open(page, name, viewport = { width: 1280, height: 900 }) {
  const tab = await suite.browser.newPage({ viewport });
  await tab.goto(fileUrl(suite.site, name));
  return tab;
}

test('sidebar, breadcrumb and previous/next links lead through the book', async () => {
  const tab = await open(null, 'chapter2.html');
  const current = tab.locator('.tebiki-sidebar a[aria-current="page"]');
  assert.equal(await current.getAttribute('href'), 'chapter2.html');
  await tab.locator('.tebiki-pager a.tebiki-next').click();
  await tab.waitForURL(/chapter3\.html$/);
  assert.match(await tab.locator('h1').first().textContent(), /終わりに/);
  await tab.locator('.tebiki-pager a.tebiki-prev').click();
  await tab.waitForURL(/chapter2\.html$/);
  await tab.locator('.tebiki-sidebar a', { hasText: '付録A' }).first().click();
  await tab.waitForURL(/appendix-a\.html$/);
  await tab.locator('.tebiki-breadcrumb a').first().click();
  await tab.waitForURL(/index\.html$/);
  await tab.close();
});

test('the sidebar lists every page from toc.js and marks the current one with its sections', async () => {
  const toc = fs.readFileSync(path.join(suite.site, 'toc.js'), 'utf8');
  const entries = JSON.parse(/^window\.TEBIKI_TOC = (.*);$/m.exec(toc)[1]);
  const tab = await open(null, 'chapter2.html');
  const pages = await tab.locator('#tebiki-toc > li.tebiki-toc-page:not(.tebiki-toc-tool) > a')
    .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.deepEqual(pages, entries);
  const current = tab.locator('#tebiki-toc a[aria-current="page"]');
  assert.equal(await current.count(), 1);
  assert.equal(await current.getAttribute('href'), 'chapter2.html');
  assert.ok(await tab.locator('#tebiki-toc li.tebiki-current .tebiki-toc-sections a').count() > 0);
  assert.equal(await tab.locator('#tebiki-toc > li').last().getAttribute('class'), 'tebiki-toc-page tebiki-toc-tool');
  await tab.close();
});

test('in a subfolder the sidebar links lead back up; without script a link leads to the contents', async () => {
  const book = tempDir('folder-book');
  fs.writeFileSync(path.join(book, 'tebiki.yml'), 'title: 例の本\nchapters:\n  - a.md\n  - part/b.md\n');
  fs.writeFileSync(path.join(book, 'a.md'), '# はじめに\n\n本文。\n');
  fs.mkdirSync(path.join(book, 'part'));
  fs.writeFileSync(path.join(book, 'part/b.md'), '# 続き\n\n## 詳細\n\n本文。\n');
  const folderSite = buildSite(book);
  const tab = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(fileUrl(folderSite, 'part/b.html'));
  const hrefs = await tab.locator('#tebiki-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['../a.html', '../part/b.html', '../part/b.html#詳細']);
  assert.equal(await tab.locator('#tebiki-toc a[aria-current="page"]').getAttribute('href'), '../part/b.html');
  await tab.locator('#tebiki-toc a', { hasText: 'はじめに' }).click();
  await tab.waitForURL(/\/a\.html$/);
  await tab.close();

  const noScript = await suite.browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(fileUrl(folderSite, 'part/b.html'));
  assert.equal(await plain.locator('#tebiki-toc > li').count(), 1, 'only the current page');
  await plain.locator('.tebiki-toc-fallback a').click();
  await plain.waitForURL(/\/index\.html$/);
  await noScript.close();
});

test('Japanese search finds 開通試験 in chapter 2', async (t) => {
  const hasIndex = fs.existsSync(path.join(suite.site, 'search-index.js'));
  const tab = await open(null, 'chapter1.html');
  const input = tab.locator('#tebiki-search-input');
  if (!hasIndex && (await input.count()) === 0) {
    t.skip('the site has no search yet');
    return tab.close();
  }
  await input.waitFor({ timeout: 5000 });
  await input.fill('開通試験');
  const hit = tab.locator('#tebiki-search-results li a').filter({ has: tab.locator('xpath=.') });
  await tab.waitForFunction(() => document.querySelectorAll('#tebiki-search-results li a').length > 0, null, { timeout: 5000 });
  const hrefs = await hit.evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href'))));
  assert.ok(hrefs.some((href) => /chapter2\.html#開通試験$/.test(href)), 'results: ' + hrefs.join(', '));
  await screenshot(tab, 'search');
  await tab.close();
});

test('a term shows its description on hover and on keyboard focus', async () => {
  const tab = await open(null, 'chapter1.html');
  const term = tab.locator('#tebiki-main a.term').first();
  // The tips come from glossary-tips.js, keyed by the link's anchor; no page repeats them.
  await tab.waitForFunction(() => window.TEBIKI_TIPS);
  const anchor = (await term.getAttribute('href')).split('#')[1];
  const text = await tab.evaluate((key) => window.TEBIKI_TIPS[key], anchor);
  assert.ok(text && text.length > 5, 'the tip of ' + anchor + ': ' + text);
  assert.equal(await tab.locator('[data-tip]').count(), 0);
  await term.hover();
  const tip = tab.locator('#tebiki-tip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.equal(await tip.textContent(), text);
  assert.match(await term.getAttribute('aria-describedby'), /tebiki-tip/);
  await tab.mouse.move(0, 0);
  await tip.waitFor({ state: 'hidden', timeout: 3000 });
  await term.focus();
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.equal(await tip.textContent(), text);
  await tab.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden', timeout: 3000 });
  await tab.close();
});

test('no page scrolls sideways on a 375 px phone', async () => {
  for (const [kind, name] of Object.entries(PAGE_KINDS)) {
    const tab = await open(null, name, { width: 375, height: 740 });
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(tab, 'phone-' + kind);
    assert.ok(overflow <= 0, `${name} is ${overflow} px wider than the phone`);
    await tab.close();
  }
});

test('axe-core finds no serious or critical problem on any kind of page', async () => {
  const axe = path.join(HERE, 'node_modules/axe-core/axe.min.js');
  const problems = [];
  for (const [kind, name] of Object.entries(PAGE_KINDS)) {
    const tab = await open(null, name);
    await tab.addScriptTag({ path: axe });
    const found = await tab.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    await screenshot(tab, 'desktop-' + kind);
    problems.push(...found.map((line) => name + ': ' + line));
    await tab.close();
  }
  assert.deepEqual(problems, []);
});
