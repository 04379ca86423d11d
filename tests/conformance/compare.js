// Runs textlint with textlint-rule-prh and `tebiki lint --rule terms` on the same Markdown files
// with the same prh dictionary, and compares their findings by (file, line, matched text,
// replacement). Every difference is listed with its reason; a difference that no known reason
// explains fails the comparison.
//
// Usage: node compare.js TEBIKI_BINARY DICTIONARY FILE...
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const [tebiki, dictionary, ...files] = process.argv.slice(2).map((p) => path.resolve(p));

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "tebiki-prh-"));
process.on("exit", () => fs.rmSync(temporary, { recursive: true, force: true }));

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.error) throw result.error;
  return result;
}

/// textlint-rule-prh, configured to check what tebiki checks: every kind of prose (links,
/// block quotes and emphasis too, which the rule skips by default).
function textlintFindings() {
  const config = path.join(temporary, "textlintrc.json");
  const prh = { rulePaths: [dictionary], checkLink: true, checkBlockQuote: true, checkEmphasis: true };
  fs.writeFileSync(config, JSON.stringify({ rules: { prh } }));
  const textlint = path.join(__dirname, "node_modules", ".bin", "textlint");
  const result = run(textlint, ["--config", config, "--format", "json", ...files]);
  if (result.status !== 0 && result.status !== 1) throw new Error("textlint failed:\n" + result.stderr);
  const findings = [];
  for (const report of JSON.parse(result.stdout)) {
    const text = fs.readFileSync(report.filePath, "utf8");
    for (const m of report.messages) {
      const [begin, end] = m.fix.range;
      findings.push({ file: report.filePath, line: m.line, begin, end, fixable: true,
                      matched: text.slice(begin, end), replacement: m.fix.text });
    }
  }
  return findings;
}

/// UTF-16 offset in `text` of a 1-based line and code-point column.
function offsetOf(lines, starts, line, column) {
  return starts[line - 1] + [...lines[line - 1]].slice(0, column - 1).join("").length;
}

function tebikiFindings() {
  // A config of its own, so that no tebiki.yml next to the files adds its dictionaries.
  const config = path.join(temporary, "tebiki.yml");
  fs.writeFileSync(config, "title: prh conformance\n");
  const result = run(tebiki, ["lint", "--config", config, "--format", "json", "--dictionary", dictionary,
                              "--rule", "terms", ...files]);
  if (result.status !== 0 && result.status !== 1) throw new Error("tebiki failed:\n" + result.stderr);
  const findings = [];
  for (const d of JSON.parse(result.stdout).diagnostics) {
    const file = path.resolve(d.file);
    const text = fs.readFileSync(file, "utf8");
    const lines = text.split("\n");
    const starts = lines.map((_, i) => lines.slice(0, i).join("\n").length + (i > 0 ? 1 : 0));
    const begin = offsetOf(lines, starts, d.line, d.column);
    const end = offsetOf(lines, starts, d.end_line, d.end_column);
    const fromMessage = /^「([^」]*)」は(?:「([^」]*)」と書く|削除する)/.exec(d.message);
    findings.push({ file, line: d.line, begin, end, fixable: d.replacement !== null,
                    matched: text.slice(begin, end),
                    replacement: d.replacement ?? (fromMessage ? fromMessage[2] ?? "" : "?") });
  }
  return findings;
}

// A finding without a fix is not the same as one with it: the replacement of tebiki's taken from
// its message would otherwise pair a fixless finding with textlint's fix.
const key = (f) => `${path.relative(process.cwd(), f.file)}:${f.line}: 「${f.matched}」→「${f.replacement}」` +
                   (f.fixable ? "" : " (no fix)");

/// Why one tool found something the other did not, or null when nothing explains it.
function reason(finding, onlyIn) {
  const text = fs.readFileSync(finding.file, "utf8");
  const source = text.slice(finding.begin, finding.end);
  const lineBefore = text.slice(text.lastIndexOf("\n", finding.begin - 1) + 1, finding.begin);
  if (onlyIn === "tebiki" && /!\[[^\]]*$/.test(lineBefore)) {
    return "image alt text is prose to tebiki (readers and screen readers get it); " +
           "textlint's Image node has no text node to check";
  }
  if (onlyIn === "tebiki" && /[\r\n]/.test(source)) {
    return "the match spans a line break: tebiki reads the paragraph as rendered (a break " +
           "is a space, or nothing between Japanese characters); textlint-rule-prh sees the newline";
  }
  if (onlyIn === "textlint" && /[\r\n]/.test(finding.matched)) {
    return "the match includes a newline of the source, which tebiki's text does not have " +
           "(a soft break between Japanese characters renders as nothing)";
  }
  if (onlyIn === "textlint" && (/^[\r\n]/.test(text.slice(finding.end)) ||
                                /[\r\n]$/.test(text.slice(0, finding.begin)))) {
    return "the match is anchored at a source line edge (^ or $): tebiki's text has no line " +
           "there when a soft break between Japanese characters renders as nothing";
  }
  if (onlyIn === "textlint" && (/[*_~`\]>]$/.test(lineBefore) || /^[*_~`\[<]/.test(text.slice(finding.end)))) {
    return "inline markup touches the match: the text that the rule's look-behind or look-ahead " +
           "excludes lies in the next text node, which textlint-rule-prh does not see; tebiki " +
           "checks the text as read (**その**他の is その他の)";
  }
  if (onlyIn === "tebiki" && !finding.fixable) {
    return "the match spans inline markup (emphasis, link, code span): textlint-rule-prh checks " +
           "each text node apart; tebiki reports it without a fix";
  }
  return null;
}

function compare() {
  const ours = tebikiFindings();
  const theirs = textlintFindings();
  const remaining = new Map();
  for (const f of theirs) remaining.set(key(f), (remaining.get(key(f)) || []).concat([f]));
  const differences = [];
  let same = 0;
  for (const f of ours) {
    const list = remaining.get(key(f));
    if (list && list.length > 0) {
      list.pop();
      same++;
    } else {
      differences.push({ finding: f, onlyIn: "tebiki" });
    }
  }
  for (const list of remaining.values()) {
    for (const f of list) differences.push({ finding: f, onlyIn: "textlint" });
  }
  let unexplained = 0;
  for (const { finding, onlyIn } of differences) {
    const why = reason(finding, onlyIn);
    if (!why) unexplained++;
    console.log(`${why ? "explained" : "UNEXPLAINED"}: only ${onlyIn}: ${key(finding)}` +
                (why ? `\n    ${why}` : ""));
  }
  console.log(`textlint-rule-prh: ${theirs.length} findings, tebiki: ${ours.length} findings, ` +
              `${same} the same, ${differences.length - unexplained} explained differences`);
  console.log(`${unexplained} unexplained differences`);
  return unexplained === 0 ? 0 : 1;
}

process.exitCode = compare();
