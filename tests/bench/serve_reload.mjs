// Benchmark (not a test): in a generated 1,000-page book, how long from saving one page to
// the reload event that `tebiki serve` sends to the open pages. Prints the median of several
// edits; the aim is under 100 ms.
// Usage: node tests/bench/serve_reload.mjs [TEBIKI_BINARY=build/tebiki] [PAGES=1000] [EDITS=9]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tebiki = path.resolve(process.argv[2] || path.join(here, '../../build/tebiki'));
const pages = Number(process.argv[3] || 1000);
const edits = Number(process.argv[4] || 9);

function makeBook() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tebiki-serve-bench-'));
  execFileSync('python3', [path.join(here, 'make_book.py'), '--pages', String(pages), '--out', root, '--glossary'], { stdio: 'ignore' });
  return { root, book: path.join(root, 'tebiki') };
}

function startServe(book) {
  const child = spawn(tebiki, ['serve', book, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (found) resolve({ child, port: Number(found[1]), log: () => log });
    });
    child.on('exit', (code) => reject(new Error('serve exited with ' + code + '\n' + log)));
  });
}

/// An event-stream client: calls onEvent(type, data) for every event.
function listen(port, onEvent) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/__tebiki/events' }, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        for (let end; (end = buffer.indexOf('\n\n')) >= 0; buffer = buffer.slice(end + 2)) {
          const block = buffer.slice(0, end);
          const type = /^event: (.*)$/m.exec(block);
          const data = [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join('\n');
          if (type) onEvent(type[1], data);
        }
      });
      resolve(response);
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { root, book } = makeBook();
const started = Date.now();
const server = await startServe(book);
console.log(`${pages}-page book: first build and start in ${((Date.now() - started) / 1000).toFixed(1)} s`);
let waiting = null;
const stream = await listen(server.port, (type, data) => {
  if (waiting && type === 'reload' && JSON.parse(data).includes(waiting.output)) waiting.resolve(performance.now());
  if (waiting && type === 'failed') waiting.reject(new Error(data));
});
await sleep(300);

const times = [];
for (let i = 0; i < edits; i++) {
  const name = `p${String(1 + (99 + i * 97) % pages).padStart(5, '0')}`;  // a page of the book
  const file = path.join(book, name + '.md');
  const reloaded = new Promise((resolve, reject) => { waiting = { output: name + '.html', resolve, reject }; });
  const t0 = performance.now();
  fs.appendFileSync(file, `\n性能測定のために追加した${i + 1}番目の文である。\n`);
  times.push((await reloaded) - t0);
  waiting = null;
  await sleep(4000);  // let the rest of the rebuild (print.html, search index) finish
}
stream.destroy();
server.child.kill('SIGTERM');
console.log('save → reload event (ms): ' + times.map((t) => t.toFixed(1)).join(', '));
console.log(`median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms` +
  ` (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
for (const line of server.log().split('\n').filter((l) => /page ready|rebuilt in/.test(l)).slice(-4)) console.log('  serve: ' + line);
fs.rmSync(root, { recursive: true, force: true });
