// Shared set-up of tebiki's browser tests: Debian's Chromium through playwright-core, the
// site built from content/ with the tebiki binary under test, screenshots in the output
// folder. A test file exits with 77 (CTest: skipped) when node_modules or Chromium is missing.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../..');
export const CHROMIUM = process.env.TEBIKI_CHROMIUM || '/usr/bin/chromium';
export const TEBIKI = process.env.TEBIKI_BINARY || path.join(REPO, 'build/tebiki');
export const OUTPUT = process.env.TEBIKI_BROWSER_OUTPUT || path.join(REPO, 'build/tests/browser-output');

const SKIP = 77;

/// Exits with 77 unless playwright-core, axe-core, Chromium and the tebiki binary are there.
export async function requirements() {
  const missing = [];
  if (!fs.existsSync(path.join(HERE, 'node_modules/playwright-core'))) missing.push('tests/browser/node_modules (npm install)');
  if (!fs.existsSync(CHROMIUM)) missing.push(CHROMIUM + ' (apt-get install chromium fonts-noto-cjk)');
  if (!fs.existsSync(TEBIKI)) missing.push(TEBIKI);
  if (missing.length) {
    console.log('skipped: missing ' + missing.join(', '));
    process.exit(SKIP);
  }
  fs.mkdirSync(OUTPUT, { recursive: true });
  return (await import('playwright-core')).chromium;
}

/// Chromium, headless, with a fresh profile (playwright-core makes a new user-data-dir for
/// every launch and removes it on close).
export async function launch(chromium) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function tempDir(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tebiki-' + name + '-'));
}

/// Builds content/ (or `source`) into a new temporary folder; returns the folder.
export function buildSite(source = path.join(REPO, 'content')) {
  const out = path.join(tempDir('site'), 'site');
  execFileSync(TEBIKI, ['build', source, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/// The usual suite around a built book (content/ unless `source`): the requirements checked
/// (the suite is skipped without them), the book built and Chromium launched before the tests,
/// Chromium closed after them. Returns { browser, site }, set once the suite has started.
export async function siteSuite(source) {
  const chromium = await requirements();
  const suite = { browser: null, site: null };
  before(async () => {
    suite.site = buildSite(source);
    suite.browser = await launch(chromium);
  });
  after(async () => { await suite.browser?.close(); });
  return suite;
}

export function fileUrl(site, page) {
  return pathToFileURL(path.join(site, page)).href;
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(OUTPUT, name + '.png'), fullPage: false });
}

/// Starts `tebiki serve SRC --port 0`; resolves with { url, process, log } once it listens.
export function startServe(source, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(TEBIKI, ['serve', source, '--port', '0', ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    const timer = setTimeout(() => reject(new Error('tebiki serve did not start:\n' + log)), 60000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve({ url: found[1], process: child, log: () => log });
      }
    });
    child.on('exit', (code) => reject(new Error('tebiki serve exited with ' + code + ':\n' + log)));
  });
}

/// Stops a serve process with SIGTERM and waits for it to end.
export function stopServe(server) {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve(server.process.exitCode);
    server.process.removeAllListeners('exit');
    server.process.on('exit', (code) => resolve(code));
    server.process.kill('SIGTERM');
  });
}

/// The kinds of page every site has, with a page of each.
export const PAGE_KINDS = {
  front: 'index.html',
  chapter: 'chapter2.html',
  appendix: 'appendix-a.html',
  glossary: 'glossary.html',
  references: 'references.html',
  print: 'print.html',
  notfound: '404.html',
  checksheet: 'checksheet.html',
};
