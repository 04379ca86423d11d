// The search of the real book: builds nothing itself; CTest builds content/ into a site first
// (fixture search_site) and runs this script with node on it:
//   node search_test.mjs SITE_DIR
// It loads the site's search scripts (assets/tebiki-search-terms.js, -engine.js),
// search-index.js and the text chunks the way a page does (as scripts setting window globals)
// and checks:
//   - the text is loaded only for the chunks a query needs, each once;
//   - the terms the browser computes for every document equal the index's (the same folding,
//     bigrams and Latin words on both sides, so results never depend on ICU);
//   - each query of QUERIES finds its expected section among the first three results;
//   - snippets and titles come back as plain parts ({text, mark}) with the matches marked;
//   - the index stays under 40% of the text of the site's pages (the figures are printed).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [siteDir] = process.argv.slice(2);
if (!siteDir) {
  console.error('usage: node search_test.mjs SITE_DIR');
  process.exit(2);
}
const assetsDir = path.join(siteDir, 'assets');

// Query → the section (page#id) expected among the first three results, chosen by reading
// content/: the section that treats the subject, or the glossary entry where the book only
// defines it.
const QUERIES = [
  ['脆弱性診断', 'glossary.html#term-脆弱性診断'],
  ['ログ保存', 'chapter2.html#監査'],                       // the text says ログの保存, ログを保存し
  ['SLA', 'chapter2.html#契約sla'],
  ['ウイルス感染', 'appendix-a.html#攻撃概要-2'],           // Gumblar: 閲覧しただけで感染させるウイルス
  ['開通試験', 'chapter2.html#開通試験'],
  ['責任分界点', 'chapter1.html#責任分界点'],
  ['Conficker', 'appendix-a.html#conficker感染ホストの検知'],
  ['SQLインジェクション', 'appendix-a.html#sqlインジェクションによる改ざん'],
  ['誤検知', 'chapter2.html#監視'],
  ['監視センタ', 'appendix-a.html#監視機器と監視センタとの接続'],
  ['RFP', 'chapter2.html#rfpに記載する項目'],
  ['稼働率', 'chapter2.html#sla項目と値の例'],
  ['時刻同期', 'appendix-a.html#監視機器と監視センタとの接続'],  // NTPによる時刻同期 in the set-up table
  ['エスカレーション', 'glossary.html#term-エスカレーション'],  // the chapters only mention it, in six sections
  ['一次対応', 'chapter1.html#責任分界点'],
  ['ファイアウォール', 'glossary.html#term-ファイアウォール'],
  ['IDS', 'glossary.html#term-ids'],
  ['改ざん', 'appendix-a.html#sqlインジェクションによる改ざん'],
  ['報告書', 'chapter2.html#報告'],
  ['保守', 'chapter2.html#保守'],
  // Folding: full-width Latin, half-width katakana, a variant spelling, a glossary alias, a long vowel.
  ['ＳＬＡ', 'chapter2.html#契約sla'],
  ['sqlｲﾝｼﾞｪｸｼｮﾝ', 'appendix-a.html#sqlインジェクションによる改ざん'],
  ['ウィルス', 'glossary.html#term-ウイルス'],
  ['ファイヤーウォール', 'glossary.html#term-ファイアウォール'],
  ['監視センター', 'appendix-a.html#監視機器と監視センタとの接続'],
  // Parts of compounds and several words.
  ['脆弱性', 'glossary.html#term-脆弱性'],
  ['診断', 'glossary.html#term-脆弱性診断'],
  ['チューニング期間', 'chapter2.html#チューニング期間'],
  ['Gumblar', 'appendix-a.html#gumblar感染'],
  ['DMZ 監視', 'appendix-a.html#dmzの監視'],
  ['sla 項目', 'chapter2.html#sla項目と値の例'],
  ['MSSの限界', 'chapter1.html#mssの限界'],
  ['異常時運用', 'chapter2.html#異常時運用'],
];

// Compounds the text writes only apart, and a typo: found by the query's words apart, which
// needs Intl.Segmenter (checked only where it is).
const APART_QUERIES = [
  ['監視報告', 'chapter2.html#報告'],                       // the text says 監視と報告
  ['脆弱製診断', 'glossary.html#term-脆弱性診断'],          // 製 for 性
];

function loadScripts() {
  const context = vm.createContext({ window: {} });
  const files = [
    path.join(assetsDir, 'tebiki-search-terms.js'),
    path.join(assetsDir, 'tebiki-search-engine.js'),
    path.join(siteDir, 'search-index.js'),
  ];
  for (const file of files) vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return context.window;
}

// Loads chunk N of the text as the browser does: runs search-text/N.js, counting the loads.
const textLoads = [];
function loadText(window, chunk) {
  const file = path.join(siteDir, 'search-text', chunk + '.js');
  textLoads.push(chunk);
  vm.runInContext(fs.readFileSync(file, 'utf8'), vm.createContext({ window }), { filename: file });
  return Promise.resolve(window.TEBIKI_SEARCH_TEXT[chunk]);
}

function newEngine(window, options) {
  return new window.TebikiSearchEngine(window.TEBIKI_SEARCH_INDEX, { loadText: (chunk) => loadText(window, chunk), ...options });
}

let failures = 0;
function check(ok, message) {
  if (!ok) {
    failures += 1;
    console.log('FAIL ' + message);
  }
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

// The postings as the engine decodes them, inverted to terms by document.
function termsByDocument(engine, table) {
  const byDoc = engine.docs.map(() => new Set());
  for (const term of engine[table].list) {
    for (const doc of engine.postingsOf(table, term)) byDoc[doc].add(term);
  }
  return byDoc;
}

async function checkTermsMatchIndex(window, engine) {
  await engine.loadTexts(engine.docs.map((doc, i) => i));
  const Terms = window.TebikiSearchTerms;
  const grams = termsByDocument(engine, 'grams');
  const words = termsByDocument(engine, 'words');
  let mismatches = 0;
  engine.docs.forEach((doc, i) => {
    const fields = [doc.title, doc.text, doc.keywords].map((text) => Terms.fold(text).text);
    const ownGrams = new Set(fields.flatMap((text) => Terms.japaneseBigrams(text)));
    const ownLatin = new Set(fields.flatMap((text) => Terms.latinWords(text)));
    const indexLatin = new Set([...words[i]].filter((w) => [...w].every((c) => Terms.isLatin(c.codePointAt(0)))));
    if (!sameSet(ownGrams, grams[i]) || !sameSet(ownLatin, indexLatin)) {
      mismatches += 1;
      if (mismatches <= 3) console.log('FAIL terms of document ' + i + ' (' + doc.id + ') differ from the index');
    }
  });
  check(mismatches === 0, mismatches + ' documents whose browser terms differ from the index');
  console.log('terms: ' + engine.docs.length + ' documents, browser bigrams and Latin words equal the index\'s: ' + (mismatches === 0));
}

async function checkQueries(engine, mode) {
  let found = 0;
  console.log('queries, ' + mode + ':');
  for (const [query, expected] of QUERIES) {
    const results = await engine.search(query, 10);
    const hrefs = results.map((r) => r.href);
    const rank = hrefs.indexOf(expected) + 1;
    const ok = rank >= 1 && rank <= 3;
    found += ok ? 1 : 0;
    console.log((ok ? '  ok   ' : '  FAIL ') + query + ' → ' + expected + ' at rank ' + (rank || '-') +
      (ok ? '' : '; first three: ' + hrefs.slice(0, 3).join(', ')));
    if (!ok) failures += 1;
  }
  console.log('queries, ' + mode + ': ' + found + '/' + QUERIES.length + ' expected sections in the first three results');
}

async function checkWordsApart(engine) {
  for (const [query, expected] of APART_QUERIES) {
    const hrefs = (await engine.search(query, 10)).map((r) => r.href);
    const rank = hrefs.indexOf(expected) + 1;
    check(rank >= 1 && rank <= 3, query + ' → ' + expected + ' by its words apart, at rank ' + (rank || '-') + ': ' + hrefs.slice(0, 3));
  }
  console.log('words apart: ' + APART_QUERIES.length + ' queries checked');
}

async function checkParts(engine) {
  const [first] = await engine.search('開通試験', 1);
  const marked = first.snippetParts.filter((p) => p.mark).map((p) => p.text);
  check(marked.length > 0 && marked.every((t) => t === '開通試験'), 'snippet marks 開通試験: ' + JSON.stringify(first.snippetParts));
  check(first.titleParts.length === 1 && first.titleParts[0].mark, 'title is marked: ' + JSON.stringify(first.titleParts));
  const [sla] = await engine.search('ｓｌａ', 1);
  check(sla.snippetParts.some((p) => p.mark && p.text === 'SLA'), 'full-width query marks the original SLA');
  const [split] = await engine.search('ログ保存', 1);
  check(split.snippetParts.some((p) => p.mark && p.text === 'ログ') && split.snippetParts.some((p) => p.mark && p.text === '保存'),
    'ログ保存 marks ログ and 保存 apart');
  const [day] = await engine.search('24時間監視', 1);
  check(day.snippetParts.some((p) => p.mark && p.text === '監視'), '24時間監視 finds 24時間 and 監視 apart: ' + JSON.stringify(day.snippetParts));
  const [item] = await engine.search('P-15', 1);  // a check item: the phrase P-15, not 15 anywhere
  const markedRuns = item.snippetParts.map((p) => (p.mark ? p.text : '\n')).join('').split('\n');
  check(markedRuns.includes('P-15'), 'P-15 marks the check item P-15: ' + JSON.stringify(item.snippetParts));
  const soc = (await engine.search('SOC', 3)).map((r) => r.href);
  check(soc[0] === 'glossary.html#term-soc' && !soc.includes('glossary.html#term-ssl'), 'SOC ranks SOC, not Sockets: ' + soc);
  const particles = (await engine.search('ログは何年保存', 10)).flatMap((r) => r.snippetParts.concat(r.titleParts));
  check(particles.some((p) => p.mark) && !particles.some((p) => p.mark && p.text === 'は'), 'a lone は is not marked');
  check((await engine.search('', 5)).length === 0 && (await engine.search('、。 ', 5)).length === 0, 'an empty query finds nothing');
  check((await engine.search('存在しないはずの語句ｘｙｚｚｙ', 5)).every((r) => r.score > 0), 'a partial match still has a score');
}

function htmlSize(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.html'))
    .reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

// The bytes of text a reader sees in the <main> of the site's pages (tags and runs of white
// space dropped, entities counted as one character), print.html left out as it repeats them.
function pageTextSize(dir) {
  const entities = /&(#[0-9]+|#x[0-9a-f]+|[a-z]+);/gi;
  return fs.readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'print.html').reduce((sum, f) => {
    const html = fs.readFileSync(path.join(dir, f), 'utf8');
    const main = (html.match(/<main[\s\S]*<\/main>/) || [''])[0];
    const text = main.replace(/<[^>]*>/g, '').replace(entities, '_').replace(/\s+/g, ' ');
    return sum + Buffer.byteLength(text);
  }, 0);
}

function folderSize(dir) {
  return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

function checkSize() {
  const index = fs.statSync(path.join(siteDir, 'search-index.js')).size;
  const texts = folderSize(path.join(siteDir, 'search-text'));
  const html = htmlSize(siteDir);
  const text = pageTextSize(siteDir);
  const percent = (part, whole) => (100 * part / whole).toFixed(1) + '%';
  console.log('size: search-index.js ' + index + ' bytes = ' + percent(index, html) + ' of the HTML pages (' + html +
    ' bytes), ' + percent(index, text) + ' of the pages\' text (' + text + ' bytes, print.html left out); ' +
    'the text chunks loaded on demand: ' + texts + ' bytes');
  check(index < 0.4 * text, "search-index.js is under 40% of the pages' text");
}

// A page keeps the index it loaded while the chunks are read later, from the disk or a cache:
// after a rebuild (serve, a new deployment) a chunk may hold other documents. Such a chunk
// fails the search; its texts are never put on the index's documents (wrong snippets, or
// a crash on a text that stays null).
async function checkChunkOfAnotherBuild(window) {
  const rebuilt = async (chunk, edit) => edit((await loadText(window, chunk)).slice());
  const variants = {
    'a document removed': (texts) => texts.slice(1),
    'a document added': (texts) => ['新しい節の本文'].concat(texts),
    'the documents shifted by one': (texts) => texts.slice(1).concat(['次の節の本文']),
  };
  for (const [change, edit] of Object.entries(variants)) {
    const engine = newEngine(window, { loadText: (chunk) => rebuilt(chunk, edit) });
    const outcome = await engine.search('開通試験', 1).then((results) => 'found ' + JSON.stringify(results[0] && results[0].href),
      (error) => 'rejected: ' + error.message);
    check(outcome.startsWith('rejected') && !/TypeError|null|undefined/.test(outcome),
      'a chunk of another build (' + change + ') fails the search cleanly: ' + outcome);
    check(engine.docs.every((doc) => doc.text === null), 'a chunk of another build (' + change + ') is not used');
  }
}

// The first search loads the index alone; a query then loads only the chunks of text that
// hold its candidates.
async function checkTextLoading(window) {
  delete window.TEBIKI_SEARCH_TEXT;
  textLoads.length = 0;
  const engine = newEngine(window);
  const chunks = engine.chunks.length;
  check(chunks > 1, 'the text is split into chunks: ' + chunks);
  check(engine.docs.every((doc) => doc.text === null), 'no text before the first query');
  const [result] = await engine.search('開通試験', 1);
  check(result && result.href === 'chapter2.html#開通試験', '開通試験 found with its text loaded on demand');
  check(textLoads.length >= 1 && textLoads.length < chunks, '開通試験 loaded ' + textLoads.length + ' of ' + chunks + ' chunks');
  const loads = textLoads.length;
  await engine.search('開通試験', 1);
  check(textLoads.length === loads, 'a chunk is loaded once');
  const failing = new window.TebikiSearchEngine(window.TEBIKI_SEARCH_INDEX, { loadText: () => Promise.reject(new Error('offline')) });
  check(await failing.search('開通試験', 1).then(() => false, () => true), 'a chunk that fails to load fails the search');
  await checkChunkOfAnotherBuild(window);
  console.log('text chunks: ' + chunks + ', a query for 開通試験 loaded ' + loads);
}

const window = loadScripts();
check(window.TEBIKI_SEARCH_INDEX && window.TEBIKI_SEARCH_INDEX.version === 2, 'search-index.js sets TEBIKI_SEARCH_INDEX version 2');
await checkTextLoading(window);
const engine = newEngine(window);
await checkTermsMatchIndex(window, engine);
await checkQueries(engine, engine.segmenter ? 'with Intl.Segmenter' : 'Intl.Segmenter missing');
// A browser without Intl.Segmenter ranks without the query's ICU-like words: same bar.
await checkQueries(newEngine(window, { segmenter: null }), 'without Intl.Segmenter');
if (engine.segmenter) await checkWordsApart(engine);
await checkParts(engine);
checkSize();
console.log(failures ? failures + ' failures' : 'all passed');
process.exit(failures ? 1 : 0);
