// `tebiki serve` over real HTTP: nothing outside the site is ever served ("..", encoded
// dots and slashes, NUL, a symbolic link out of the book), the live-reload script is added
// to served pages only, events stream, and SIGTERM stops the server.
// Usage: node serve_http_test.mjs TEBIKI_BINARY CONTENT_DIR   (needs no npm package)
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

const [tebiki, content] = process.argv.slice(2);
const secret = fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0];
let server;
let port;
let book;

// A raw request: the path is sent exactly as given (no normalisation by the client).
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

// Starts `tebiki serve` on a book; resolves with the process and its port.
function serveBook(folder) {
  const child = spawn(tebiki, ['serve', folder, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (found) resolve({ child, port: Number(found[1]) });
    });
    child.on('exit', (code) => reject(new Error('serve exited with ' + code + '\n' + log)));
  });
}

before(async () => {
  book = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tebiki-serve-http-')), 'book');
  fs.cpSync(content, book, { recursive: true });
  fs.symlinkSync('/etc/passwd', path.join(book, 'passwd.txt'));
  fs.symlinkSync('/etc', path.join(book, 'etc'));
  // A page that links the symbolic link: the build refuses to copy it into the site.
  fs.appendFileSync(path.join(book, 'chapter3.md'), '\n[秘密](passwd.txt)と[ホスト名](etc/hostname)\n');
  ({ child: server, port } = await serveBook(book));
});

after(() => { if (server.exitCode === null) server.kill('SIGKILL'); });

test('pages are served, with the live-reload script', async () => {
  const page = await get('/chapter1.html');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html/);
  assert.match(page.body, /<script src="\/__tebiki\/live-reload\.js"><\/script>\n<\/body>/);
  assert.equal((await get('/')).status, 200);
  assert.equal((await get('/__tebiki/live-reload.js')).status, 200);
});

// Served at any path, the 404 page's relative links must resolve from the root.
test('a missing page gets the 404 page with its links based at the root', async () => {
  const page = await get('/deep/er/missing.html');
  assert.equal(page.status, 404);
  assert.match(page.body, /<head>\n<base href="\/" \/>/);
  assert.match(page.body, /live-reload\.js/);
});

test('a built site never carries the live-reload script', () => {
  const out = path.join(path.dirname(book), 'site');
  execFileSync(tebiki, ['build', book, '-o', out, '--links', 'warn'], { stdio: 'ignore' });
  assert.ok(!fs.existsSync(path.join(out, 'passwd.txt')) && !fs.existsSync(path.join(out, 'etc')));
  for (const name of fs.readdirSync(out).filter((n) => n.endsWith('.html'))) {
    assert.ok(!fs.readFileSync(path.join(out, name), 'utf8').includes('__tebiki'), name);
  }
});

test('paths that climb out of the site are refused', async () => {
  const attempts = ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2f..%2fetc/passwd', '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/./../etc/passwd', '/..\\..\\etc\\passwd', '/%5c..%5c..%5cetc%5cpasswd', '/chapter1.html%00.css',
    '/%252e%252e/%252e%252e/etc/passwd', '//etc/passwd', '/passwd.txt', '/etc/passwd', '/etc/hostname',
    '../../etc/passwd', 'http://127.0.0.1/../../etc/passwd'];
  for (const attempt of attempts) {
    const response = await get(attempt);
    assert.ok([400, 403, 404].includes(response.status), `${attempt} → ${response.status}`);
    assert.ok(!response.body.includes(secret), `${attempt} leaked /etc/passwd`);
  }
});

test('the event stream starts at once', async () => {
  const text = await new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/__tebiki/events' }, (response) => {
      assert.equal(response.headers['content-type'], 'text/event-stream');
      response.setEncoding('utf8');
      response.once('data', (chunk) => { response.destroy(); resolve(chunk); });
    }).on('error', reject);
  });
  assert.match(text, /^retry: \d+/);
});

// Before, the reload event's JSON of a file name that is not UTF-8 threw on the watch thread
// and ended the server (SIGABRT).
test('a file name that is not UTF-8 does not stop the server', async () => {
  const folder = path.join(path.dirname(book), 'bytes-book');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'tebiki.yml'), 'title: 例の本\nchapters: [a.md]\n');
  fs.writeFileSync(path.join(folder, 'a.md'), '# はじめに\n\n本文。\n');
  const { child, port: own } = await serveBook(folder);
  try {
    const reloaded = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reload event in 20 s')), 20000);
      http.get({ host: '127.0.0.1', port: own, path: '/__tebiki/events' }, (response) => {
        response.setEncoding('utf8');
        let events = '';
        response.on('data', (chunk) => {  // the reload naming the file, its 0xFF replaced by U+FFFD
          events += chunk;
          if (/reload[^]*\uFFFD\.png/.test(events)) { clearTimeout(timer); response.destroy(); resolve(events); }
        });
      }).on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));  // the stream is open before the edit
    fs.writeFileSync(Buffer.concat([Buffer.from(folder + '/'), Buffer.from([0xff]), Buffer.from('.png')]), 'x');
    fs.writeFileSync(path.join(folder, 'a.md'), '# はじめに\n\n![図](%FF.png)\n');
    await reloaded;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(child.exitCode, null);
    assert.equal(child.signalCode, null);
    const page = await new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: own, path: '/a.html' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    assert.equal(page, 200);
  } finally {
    child.kill('SIGKILL');
  }
});

// cpp-httplib's default socket options let a second server bind the same port (SO_REUSEPORT)
// and take half of the requests.
test('a second server on the same port is refused with exit 2', async () => {
  const second = spawn(tebiki, ['serve', book, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  second.stderr.on('data', (chunk) => { log += chunk; });
  const timer = setTimeout(() => second.kill('SIGKILL'), 20000);
  const code = await new Promise((resolve) => second.on('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  assert.equal(code, 2, log);
  assert.match(log, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}`));
  assert.equal((await get('/chapter1.html')).status, 200);
});

// A listed chapter deleted while serving: the error names the line of tebiki.yml that lists it,
// as a build does, not only the missing file.
test('a deleted chapter is reported where tebiki.yml lists it', async () => {
  const folder = path.join(path.dirname(book), 'delete-book');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'tebiki.yml'), 'title: 例の本\nchapters:\n  - a.md\n  - b.md\n');
  fs.writeFileSync(path.join(folder, 'a.md'), '# はじめに\n\n本文。\n');
  fs.writeFileSync(path.join(folder, 'b.md'), '# 次の章\n\n本文。\n');
  const child = spawn(tebiki, ['serve', folder, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no failed rebuild in 20 s:\n' + log)), 20000);
      child.stderr.on('data', (chunk) => {
        log += chunk;
        const chapter = path.join(folder, 'b.md');
        if (/on http:\/\/127\.0\.0\.1:\d+\//.test(log) && fs.existsSync(chapter)) fs.unlinkSync(chapter);
        if (/build failed in/.test(log)) { clearTimeout(timer); resolve(); }
      });
    });
    assert.match(log, /tebiki\.yml:4:5: error: page 'b\.md' not found/);
  } finally {
    child.kill('SIGKILL');
  }
});

test('SIGTERM stops the server cleanly', async () => {
  const code = await new Promise((resolve) => {
    server.removeAllListeners('exit');
    server.on('exit', (exitCode) => resolve(exitCode));
    server.kill('SIGTERM');
  });
  assert.equal(code, 0);
});
