// No script injection: the book in tests/hostile/injection-book carries script in every field
// that reaches a page (titles, headings, raw HTML, links, glossary, references, check items);
// each payload sets window.__pwned. Every page is opened from file://, its terms hovered, the
// search box and the check sheet used, and nothing of it may run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileUrl, REPO, siteSuite } from './lib.mjs';

const suite = await siteSuite(path.join(REPO, 'tests/hostile/injection-book'));

/// Opens a page; dialogs (alert, confirm) are recorded as script that ran.
async function open(name) {
  const tab = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ran = [];
  tab.on('dialog', async (dialog) => { ran.push('dialog: ' + dialog.message()); await dialog.dismiss(); });
  await tab.goto(fileUrl(suite.site, name));
  await tab.waitForLoadState('load');
  return { tab, ran };
}

async function assertNothingRan(tab, ran, where) {
  const pwned = await tab.evaluate(() => window.__pwned);
  assert.equal(pwned, undefined, `${where}: window.__pwned = ${pwned}`);
  assert.deepEqual(ran, [], where);
}

test('no page runs script from its content', async () => {
  const pages = fs.readdirSync(suite.site).filter((name) => name.endsWith('.html'));
  assert.ok(pages.length >= 7, pages.join(', '));
  for (const name of pages) {
    const { tab, ran } = await open(name);
    await tab.waitForTimeout(200);  // deferred scripts and timers
    await assertNothingRan(tab, ran, name);
    const foreign = await tab.evaluate(() => [...document.querySelectorAll('script, img, svg, iframe, [onerror], [onload], [onmouseover], [onfocus]')]
      .filter((el) => !(el.tagName === 'SCRIPT' && (/^(assets\/tebiki(-search|-checksheet)?|toc)\.js$/.test(el.getAttribute('src') || '') ||
        (el.id === 'tebiki-tips-script' && el.src === new URL('glossary-tips.js', document.baseURI).href) || el.type === 'application/json')))
      .map((el) => el.outerHTML.slice(0, 80)));
    assert.deepEqual(foreign, [], name);
    await tab.close();
  }
});

test('term descriptions show their script as text on hover and focus', async () => {
  const { tab, ran } = await open('chapter1.html');
  const terms = tab.locator('#tebiki-main a.term');
  assert.ok(await terms.count() > 0, 'no term link');
  for (let i = 0; i < await terms.count(); i++) {
    await terms.nth(i).hover();
    await terms.nth(i).focus();
  }
  const tip = tab.locator('#tebiki-tip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tip.textContent(), /<script>window\.__pwned = 'description'<\/script>/);
  assert.equal(await tip.locator('*').count(), 0, 'the tooltip holds elements');
  await assertNothingRan(tab, ran, 'tooltips');
  await tab.close();
});

test('search results show content as text', async () => {
  const { tab, ran } = await open('chapter1.html');
  const input = tab.locator('#tebiki-search-input');
  assert.equal(await input.count(), 1, 'the page has no search box');
  const options = tab.locator('#tebiki-search-results [role="option"]');
  const results = tab.locator('#tebiki-search-results');
  // Each query finds the hostile section (the code span holds script and pwned as text). The
  // search runs a moment after typing and the last results stay until then: the box is emptied
  // first, which empties the list, so that the results checked are this query's.
  for (const [query, shown] of [['pwned', 'pwned'], ['script', '<script>'], ['見出し', '見出し<script>']]) {
    await input.fill('');
    await options.first().waitFor({ state: 'detached', timeout: 3000 });
    await input.fill(query);
    await options.first().waitFor({ timeout: 3000 });
    assert.ok((await results.textContent()).includes(shown), `the results for ${query} do not show ${shown} as text`);
    const inside = await tab.evaluate(() => [...document.querySelectorAll('#tebiki-search-results script, #tebiki-search-results img, #tebiki-search-results [onerror]')].length);
    assert.equal(inside, 0, `elements from content in the results for ${query}`);
    await assertNothingRan(tab, ran, `search for ${query}`);
  }
  await tab.close();
});

test('the check sheet shows its items as text and runs none of them', async () => {
  const { tab, ran } = await open('checksheet.html');
  const data = JSON.parse(await tab.locator('#checksheet-data').textContent());
  assert.match(data.items[0].question, /<\/script><script>window\.__pwned = 'question'<\/script>/);
  const scores = tab.locator('select.checksheet-score');
  if ((await scores.count()) > 0) await scores.first().selectOption({ index: 1 });
  const text = await tab.locator('body').textContent();
  assert.ok(text.includes("</script><script>window.__pwned = 'question'</script>"), 'the question is not shown as text');
  await tab.waitForTimeout(200);
  await assertNothingRan(tab, ran, 'check sheet');
  await tab.close();
});
