#!/usr/bin/env python3
"""Makes a large Japanese book for the site build benchmark, as a tebiki book and as a Hugo site.

Every sentence is generated from the word lists below (no real text is copied). A page has a
title (#), sections (##) and subsections (###), paragraphs of varied prose, lists, tables, now
and then a plain code block, and cross-references to other pages and to their headings (all of
them valid). With --glossary the book also has a glossary of 500 terms and 200 references in
tebiki's format; the prose is the same, the terms are already in it, and citations [@id] are added.

Usage: make_book.py --pages N --out DIR [--glossary] [--seed S] [--hugo-sidebar]
Writes DIR/tebiki (tebiki.yml, index.md, p00001.md …) and DIR/hugo (hugo.toml, content/, layouts/).
"""

import argparse
import os
import random
import unicodedata

# --- Vocabulary: (word, reading). Katakana words follow JIS Z 8301 (サーバ, not サーバー). ---

STEMS = [
    ("監視", "かんし"), ("運用", "うんよう"), ("通信", "つうしん"), ("暗号", "あんごう"),
    ("認証", "にんしょう"), ("記録", "きろく"), ("障害", "しょうがい"), ("設定", "せってい"),
    ("契約", "けいやく"), ("報告", "ほうこく"), ("分析", "ぶんせき"), ("検知", "けんち"),
    ("対策", "たいさく"), ("更新", "こうしん"), ("接続", "せつぞく"), ("制御", "せいぎょ"),
    ("保護", "ほご"), ("復旧", "ふっきゅう"), ("評価", "ひょうか"), ("調達", "ちょうたつ"),
    ("権限", "けんげん"), ("遮断", "しゃだん"), ("診断", "しんだん"), ("資産", "しさん"),
    ("証跡", "しょうせき"), ("経路", "けいろ"), ("端末", "たんまつ"), ("要件", "ようけん"),
    ("体制", "たいせい"), ("指標", "しひょう"), ("侵入", "しんにゅう"), ("冗長化", "じょうちょうか"),
    ("負荷", "ふか"), ("容量", "ようりょう"), ("帯域", "たいいき"), ("署名", "しょめい"),
    ("境界", "きょうかい"), ("初動", "しょどう"), ("判定", "はんてい"), ("集約", "しゅうやく"),
    ("保管", "ほかん"), ("転送", "てんそう"), ("照合", "しょうごう"), ("通知", "つうち"),
    ("承認", "しょうにん"), ("変更", "へんこう"), ("試験", "しけん"), ("移行", "いこう"),
    ("構成", "こうせい"), ("稼働", "かどう"), ("隔離", "かくり"), ("監査", "かんさ"),
    ("ログ", "ログ"), ("アラート", "アラート"), ("シグネチャ", "シグネチャ"), ("パケット", "パケット"),
    ("セッション", "セッション"), ("プロトコル", "プロトコル"), ("ゲートウェイ", "ゲートウェイ"),
    ("バックアップ", "バックアップ"), ("パッチ", "パッチ"), ("アカウント", "アカウント"),
    ("トラフィック", "トラフィック"), ("コンソール", "コンソール"), ("センサ", "センサ"),
    ("ルータ", "ルータ"), ("メール", "メール"), ("サーバ", "サーバ"), ("ネットワーク", "ネットワーク"),
]
SUFFIXES = [
    ("方式", "ほうしき"), ("基盤", "きばん"), ("装置", "そうち"), ("機能", "きのう"),
    ("区分", "くぶん"), ("計画", "けいかく"), ("台帳", "だいちょう"), ("規程", "きてい"),
    ("窓口", "まどぐち"), ("基準", "きじゅん"), ("範囲", "はんい"), ("形態", "けいたい"),
    ("期間", "きかん"), ("水準", "すいじゅん"), ("要員", "よういん"), ("項目", "こうもく"),
    ("様式", "ようしき"), ("条件", "じょうけん"), ("種別", "しゅべつ"), ("単位", "たんい"),
]
PLAIN_NOUNS = [
    "利用者", "事業者", "担当者", "管理者", "責任者", "手順", "結果", "内容", "目的", "費用",
    "期限", "対象", "範囲", "状況", "優先度", "連絡先", "報告書", "提案書", "仕様書", "見積り",
    "社内", "外部", "夜間", "休日", "全体", "一部", "方針", "前提", "影響", "原因", "履歴",
    "組織", "部門", "拠点", "機器", "情報", "資料", "記述", "時間", "頻度", "品質", "傾向",
]
VERBS = [
    "確認する", "記録する", "見直す", "定める", "共有する", "比較する", "検証する", "整理する",
    "明確にする", "評価する", "文書にしておく", "事前に合意しておく", "担当者に伝える",
    "定期的に点検する", "利用者に通知する", "一覧にまとめる", "段階的に進める", "切り分ける",
]
MODALS = [
    "確認しておく必要がある", "定めておくとよい", "見直すべきである", "示してもらう",
    "求めることが望ましい", "あらかじめ決めておく", "契約の前に合意しておく", "記録として残しておく",
    "関係者と共有しておく", "報告書で受け取る",
]
CONNECTIVES = ["また", "さらに", "このため", "一方で", "たとえば", "なお", "そのうえで", "あわせて", "ただし"]
CONDITIONS = [
    "不足している", "変わった", "見つかった", "遅れた", "想定と異なる", "確認できない",
    "増えている", "集中している", "止まった", "合意されていない",
]
TAILS = [
    "ことが多い", "ことがある", "場合もある", "点に注意する", "ことを前提とする", "ことが求められる",
]
CODE_WORDS = ["interval", "retention", "threshold", "target", "notify", "level", "source", "rotate"]


def github_slug(text):
    """Heading id as tebiki and Hugo (github style) make it: letters, marks, numbers, - _ kept."""
    out = []
    for c in text:
        if c in "-_":
            out.append(c)
        elif c == " ":
            out.append("-")
        elif unicodedata.category(c)[0] in "LMN" or unicodedata.category(c) == "Pc":
            out.append(c.lower())
    return "".join(out)


def page_name(index):
    return "p%05d" % index


class Prose:
    """Sentences and blocks built at random from the vocabulary, with glossary terms mixed in."""

    def __init__(self, rng, terms):
        self.rng = rng
        self.terms = terms

    def noun(self):
        r = self.rng.random()
        if r < 0.18 and self.terms:
            return self.rng.choice(self.terms)
        if r < 0.55:
            return self.rng.choice(STEMS)[0]
        if r < 0.7:
            return self.rng.choice(STEMS)[0] + self.rng.choice(SUFFIXES)[0]
        return self.rng.choice(PLAIN_NOUNS)

    def phrase(self):
        if self.rng.random() < 0.4:
            return self.noun() + "の" + self.noun()
        return self.noun()

    def sentence(self):
        c = self.rng
        form = c.randrange(6)
        if form == 0:
            return f"{self.phrase()}は、{self.noun()}と{self.noun()}を{c.choice(VERBS)}"
        if form == 1:
            return f"{c.choice(CONNECTIVES)}、{self.phrase()}について{c.choice(MODALS)}"
        if form == 2:
            return f"{self.phrase()}が{c.choice(CONDITIONS)}場合は、{self.noun()}に{self.phrase()}を{c.choice(VERBS)}"
        if form == 3:
            return f"{self.phrase()}を{c.choice(VERBS)}際には、{self.phrase()}を{c.choice(MODALS)}"
        if form == 4:
            return f"{self.noun()}ごとに{self.phrase()}が異なる{c.choice(TAILS)}"
        return f"{c.randrange(2, 48)}時間以内に{self.phrase()}を{c.choice(VERBS)}"

    def paragraph(self, extra=()):
        sentences = [self.sentence() + "。" for _ in range(self.rng.randrange(2, 6))]
        for text in extra:
            sentences.insert(self.rng.randrange(len(sentences) + 1), text)
        return "\n".join(sentences)

    def bullet_list(self):
        ordered = self.rng.random() < 0.3
        items = []
        for i in range(self.rng.randrange(3, 7)):
            mark = f"{i + 1}." if ordered else "-"
            items.append(f"{mark} {self.phrase()}の{self.noun()}（{self.rng.choice(VERBS)}）")
        return "\n".join(items)

    def table(self):
        head = ["区分", "内容", "担当"]
        rows = ["| " + " | ".join(head) + " |", "|---|---|---|"]
        for _ in range(self.rng.randrange(3, 7)):
            cells = [self.noun(), self.phrase() + "を" + self.rng.choice(VERBS), self.rng.choice(PLAIN_NOUNS[:5])]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join(rows)

    def code_block(self):
        lines = [f"{self.rng.choice(CODE_WORDS)} = {self.rng.randrange(1, 999)}" for _ in range(self.rng.randrange(2, 6))]
        return "```text\n" + "\n".join(lines) + "\n```"

    def heading_title(self):
        a, b = self.rng.choice(STEMS)[0], self.rng.choice(STEMS)[0]
        return self.rng.choice([f"{a}と{b}", f"{a}{self.rng.choice(SUFFIXES)[0]}の{b}", f"{a}の{b}"])


# --- The book's outline: every page's headings, known before any page is written. ---

class Outline:
    def __init__(self, prose, pages):
        self.pages = [self.page_headings(prose) for _ in range(pages)]

    @staticmethod
    def page_headings(prose):
        """[(level, title)] of one page: the title, 2–4 sections with 0–2 subsections each."""
        used = set()

        def fresh(level):
            title = prose.heading_title()
            while github_slug(title) in used:
                title = prose.heading_title() + str(len(used))
            used.add(github_slug(title))
            return (level, title)

        headings = [fresh(1)]
        for _ in range(prose.rng.randrange(2, 5)):
            headings.append(fresh(2))
            headings.extend(fresh(3) for _ in range(prose.rng.randrange(0, 3)))
        return headings

    def cross_reference(self, rng):
        """A sentence with a valid link to another page or to one of its headings."""
        target = rng.randrange(len(self.pages))
        level, title = rng.choice(self.pages[target])
        href = page_name(target + 1) + ".md" + ("" if level == 1 else "#" + github_slug(title))
        form = rng.randrange(3)
        if form == 0:
            return f"詳しくは[]({href})を参照してほしい。"
        if form == 1:
            return f"[{title}]({href})で述べた内容とあわせて確認する。"
        return f"関連する手順は[]({href})にまとめている。"


# --- Glossary and references (always drawn, so that the prose is the same with or without them). ---

BODIES = ["ITU-T", "IEEE", "JIS", "ISO/IEC", "IETF", "NIST"]
TITLE_WORDS = ["Security", "Network", "Management", "Guidelines", "Framework", "Monitoring",
               "Incident", "Handling", "Architecture", "Requirements", "Operations", "Logging"]


def draw_glossary(rng, count):
    combos = [(s, x) for s in STEMS for x in SUFFIXES]
    rng.shuffle(combos)
    return [(s[0] + x[0], s[1] + x[1], s[0], x[0]) for s, x in combos[:count]]


def reference_number(body, i):
    return {"ITU-T": f"X.{1000 + i}", "IEEE": f"Std {800 + i}", "JIS": f"Q {20000 + i}",
            "ISO/IEC": f"{27000 + i}", "IETF": f"RFC {1000 + i * 7}", "NIST": f"SP 800-{i}"}[body]


def draw_references(rng, count):
    refs = []
    for i in range(count):
        body = BODIES[i % len(BODIES)]
        title = " ".join(rng.sample(TITLE_WORDS, rng.randrange(3, 6)))
        refs.append({"id": "ref-%03d" % (i + 1), "body": body, "number": reference_number(body, i + 1),
                     "title": title, "year": rng.randrange(1990, 2011)})
    return refs


# --- Pages ---

class PageWriter:
    """Markdown of each page. `cite_rng` is separate so that citations do not change the prose."""

    def __init__(self, prose, outline, terms, refs, cite_rng):
        self.prose, self.outline, self.terms, self.refs = prose, outline, terms, refs
        self.cite_rng = cite_rng

    def cite(self, paragraph, ref_id=None):
        if self.cite_rng is None or (ref_id is None and self.cite_rng.random() > 0.3):
            return paragraph
        ref_id = ref_id or self.cite_rng.choice(self.refs)["id"]
        lines = paragraph.split("\n")
        plain = [k for k, line in enumerate(lines) if "](" not in line]
        k = self.cite_rng.choice(plain) if plain else 0
        lines[k] = lines[k][:-1] + f"[@{ref_id}]。"
        return "\n".join(lines)

    def section_body(self, level):
        rng, prose = self.prose.rng, self.prose
        blocks = []
        for _ in range(rng.randrange(1, 4 if level == 2 else 3)):
            extra = [self.outline.cross_reference(rng)] if rng.random() < 0.35 else []
            blocks.append(self.cite(prose.paragraph(extra)))
        r = rng.random()
        if r < 0.3:
            blocks.append(prose.bullet_list())
        elif r < 0.45:
            blocks.append(prose.table())
        elif r < 0.5:
            blocks.append(prose.code_block())
        return blocks

    def page(self, index):
        rng, prose = self.prose.rng, self.prose
        headings = self.outline.pages[index]
        term = self.terms[index % len(self.terms)][0]
        intro = prose.paragraph([f"{term}の{prose.noun()}を確認する。"])
        ref_id = self.refs[index % len(self.refs)]["id"] if self.cite_rng else None
        blocks = ["# " + headings[0][1], self.cite(intro, ref_id)]
        for level, title in headings[1:]:
            blocks.append("#" * level + " " + title)
            blocks.extend(self.section_body(level))
        return "\n\n".join(blocks) + "\n"


def front_page(title, pages):
    links = "\n".join(f"- []({page_name(i + 1)}.md)" for i in range(min(pages, 10)))
    return (f"# {title}\n\n本書は性能測定のために生成した{pages}ページの手引きである。\n"
            f"文はすべて語彙の表から組み立てており、内容に意味はない。\n\n{links}\n")


# --- Writers ---

def quoted(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    import json
    return json.dumps(text, ensure_ascii=False)


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def glossary_yml(rng, glossary, outline, refs):
    lines = ["# 性能測定用に生成した用語。", ""]
    for i, (term, reading, stem, suffix) in enumerate(glossary):
        lines += [f"- term: {quoted(term)}", f"  reading: {quoted(reading)}"]
        if i % 3 == 0:
            lines.append(f"  aliases: [{quoted(stem + '・' + suffix)}]")
        prose = Prose(rng, []).sentence() + "。" + (" " + outline.cross_reference(rng) if i % 4 == 0 else "")
        if i % 5 == 0:
            prose = prose[:-1] + f"[@{refs[i % len(refs)]['id']}]。"
        lines.append(f"  description: {quoted(prose)}")
        if i % 2 == 0:
            lines.append(f"  see: [{quoted(glossary[(i + 7) % len(glossary)][0])}]")
    return "\n".join(lines) + "\n"


def references_yml(refs):
    lines = ["# 性能測定用に生成した参照文献。", ""]
    for ref in refs:
        lines += [f"- id: {ref['id']}", f"  body: {quoted(ref['body'])}", f"  number: {quoted(ref['number'])}",
                  f"  title: {quoted(ref['title'])}", f"  year: {ref['year']}",
                  f"  url: https://example.org/standards/{ref['id']}",
                  "  note: 性能測定のために生成した項目である。"]
    return "\n".join(lines) + "\n"


def tebiki_yml(title, pages, with_glossary):
    lines = [f"title: {quoted(title)}", "base_url: https://example.jp/bench/", "language: ja",
             "front: index.md", "chapters:"]
    lines += [f"  - {page_name(i + 1)}.md" for i in range(pages)]
    if with_glossary:
        lines += ["appendices:", "  - glossary.md", "  - references.md", "glossary: glossary.yml",
                  "references: references.yml", "reference_bodies: [" + ", ".join(BODIES) + "]"]
    return "\n".join(lines) + "\n"


def write_tebiki(out, title, texts, glossary_files):
    write_file(os.path.join(out, "tebiki.yml"), tebiki_yml(title, len(texts), bool(glossary_files)))
    write_file(os.path.join(out, "index.md"), front_page(title, len(texts)))
    for i, text in enumerate(texts):
        write_file(os.path.join(out, page_name(i + 1) + ".md"), text)
    for name, text in glossary_files.items():
        write_file(os.path.join(out, name), text)


HUGO_CONFIG = """baseURL = "https://example.jp/bench/"
languageCode = "ja"
title = {title}
hasCJKLanguage = true
disableKinds = ["taxonomy", "term", "RSS"]
[params]
sidebar = {sidebar}
[markup.highlight]
codeFences = false
[markup.goldmark.parser]
autoHeadingIDType = "github"
[markup.tableOfContents]
startLevel = 2
endLevel = 3
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }} — {{ .Site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
{{ if .Site.Params.sidebar }}{{ partial "sidebar.html" . }}{{ end }}
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}
<nav class="breadcrumb"><a href="{{ "/" | relURL }}">表紙</a> {{ .Title }}</nav>
<nav class="toc">{{ .TableOfContents }}</nav>
<article>{{ .Content }}</article>
<nav class="pager">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">前へ {{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">次へ {{ .Title }}</a>{{ end }}</nav>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<article>{{ .Content }}</article>
{{ end }}
""",
    "partials/sidebar.html": """<nav class="sidebar"><ol>{{ $current := . }}{{ range .Site.RegularPages }}
<li{{ if eq . $current }} class="current"{{ end }}><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ol></nav>
""",
}


def write_hugo(out, title, texts, outline, sidebar):
    write_file(os.path.join(out, "config.toml"),
               HUGO_CONFIG.format(title=quoted(title), sidebar="true" if sidebar else "false"))
    for name, text in HUGO_LAYOUTS.items():
        write_file(os.path.join(out, "layouts", name), text)
    write_file(os.path.join(out, "static", "style.css"), "body { font-family: sans-serif; }\n")
    write_file(os.path.join(out, "content", "_index.md"), f"---\ntitle: {quoted(title)}\n---\n\n" + front_page(title, len(texts)))
    for i, text in enumerate(texts):
        front = f"---\ntitle: {quoted(outline.pages[i][0][1])}\nweight: {i + 1}\n---\n\n"
        write_file(os.path.join(out, "content", page_name(i + 1) + ".md"), front + text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--glossary", action="store_true", help="add 500 glossary terms and 200 references")
    parser.add_argument("--hugo-sidebar", action="store_true", help="Hugo pages list every page, as tebiki's sidebar does")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data_rng = random.Random(args.seed * 7919)
    glossary, refs = draw_glossary(data_rng, 500), draw_references(data_rng, 200)
    rng = random.Random(args.seed)
    prose = Prose(rng, [g[0] for g in glossary])
    outline = Outline(prose, args.pages)
    writer = PageWriter(prose, outline, glossary, refs, random.Random(args.seed + 1) if args.glossary else None)
    texts = [writer.page(i) for i in range(args.pages)]
    title = f"性能測定用の手引き（{args.pages}ページ）"
    files = {}
    if args.glossary:
        files = {"glossary.yml": glossary_yml(data_rng, glossary, outline, refs), "references.yml": references_yml(refs),
                 "glossary.md": "# 用語説明\n\n本付録は、本書で用いた用語の読みと意味をまとめたものである。\n",
                 "references.md": "# リファレンス\n\n本付録は、本書で引用した規格と文書の一覧である。\n"}
    write_tebiki(os.path.join(args.out, "tebiki"), title, texts, files)
    write_hugo(os.path.join(args.out, "hugo"), title, texts, outline, args.hugo_sidebar)
    size = sum(len(t.encode()) for t in texts)
    print(f"{args.pages} pages, {size / 1e6:.1f} MB of Markdown in {args.out}/tebiki and {args.out}/hugo")


if __name__ == "__main__":
    main()
