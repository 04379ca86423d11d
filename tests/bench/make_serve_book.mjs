// Makes a large book for the serve benchmark: the guideline in content/ plus N generated
// chapters of about 3 KB each (headings, glossary terms, a cross-reference, a citation).
// Usage: node make_serve_book.mjs CONTENT_DIR OUT_DIR [PAGES=1000]
import fs from 'node:fs';
import path from 'node:path';

const [contentDir, outDir, pagesArg] = process.argv.slice(2);
if (!contentDir || !outDir) {
  console.error('usage: node make_serve_book.mjs CONTENT_DIR OUT_DIR [PAGES]');
  process.exit(2);
}
const pages = Number(pagesArg || 1000);

/// One generated chapter: three sections of prose that use glossary terms and link back.
export function pageText(n) {
  const section = (k) => [
    `## 検討事項${k}`,
    '',
    `第${n}版の手順では、MSSを利用する前にSOCの体制と監視対象機器の範囲を確かめる。`,
    'サービス提供事業者（MSSP）が提示するSLAの項目を比べ、検知から通知までの時間を文書で合意する。',
    `詳しくは[](../chapter2.md#導入企画)を参照する。`,
    '',
    'ログの保存期間、アラートの優先度、連絡先の維持は利用者の責務である。',
    'インシデントが起きたときの一次対応の範囲を、契約の前に決めておく。',
    '監視の結果は月次の報告書で受け取り、運用の見直しに使う。',
    '',
  ].join('\n');
  return [`# 追加の章${n}`, '', '本章は性能測定のために生成した章である。', '',
    section(1), section(2), section(3)].join('\n') + '\n';
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.cpSync(contentDir, outDir, { recursive: true });
const names = [];
for (let n = 0; n < pages; n++) {
  const name = `gen/p${String(n).padStart(4, '0')}.md`;
  fs.mkdirSync(path.join(outDir, 'gen'), { recursive: true });
  fs.writeFileSync(path.join(outDir, name), pageText(n));
  names.push(name);
}
const configPath = path.join(outDir, 'tebiki.yml');
const config = fs.readFileSync(configPath, 'utf8');
const marker = /^chapters:\n((?:  - .*\n)+)/m;
if (!marker.test(config)) throw new Error('tebiki.yml has no chapters list');
fs.writeFileSync(configPath, config.replace(marker, (all) => all + names.map((n) => `  - ${n}\n`).join('')));
