#!/usr/bin/env python3
"""Makes the Japanese Markdown corpus of the lint benchmark from Debian's manpages-ja.

The JM Project's Japanese man pages (apt-get install manpages-ja; DFSG-free, each page under the
licence of its original) are real, varied Japanese technical prose. Each roff page becomes one
Markdown file: .TH → #, .SH → ##, .SS → ###, paragraphs joined into one line each (no space
between two Japanese characters), .TP tags as code spans in list items, .nf/.fi blocks as code
blocks. The corpus is generated, never committed.

Usage: make_corpus.py --out DIR [--size-mb 10] [--source /usr/share/man/ja]
Writes the converted pages again and again (DIR/copy1/…, DIR/copy2/…) until they reach the size,
and prints the total.
"""

import argparse
import gzip
import os
import re

ESCAPES = [("\\-", "-"), ("\\e", "\\"), ("\\&", ""), ("\\ ", " "), ("\\(aq", "'"), ("\\(em", "—"),
           ("\\(en", "–"), ("\\(co", "©"), ("\\(bu", "・"), ("\\(lq", "“"), ("\\(rq", "”"),
           ("\\~", " "), ("\\|", ""), ("\\^", ""), ("\\,", ""), ("\\/", ""), ("\\:", "")]
FONT = re.compile(r"\\f(\[[^\]]*\]|\(..|.)")
OTHER_ESCAPE = re.compile(r"\\(\*\(..|\*\[[^\]]*\]|\*.|\(..|s[-+]?\d|.)")
BREAKS = {"PP", "LP", "P", "sp", "br", "IP", "HP", "RS", "RE", "in", "ti", "bp", "ne"}


def plain(text):
    """Roff text with its escapes resolved to plain characters."""
    text = FONT.sub("", text)
    for escape, char in ESCAPES:
        text = text.replace(escape, char)
    return OTHER_ESCAPE.sub("", text).strip()


def macro_text(args):
    """The words of a macro line such as .B "a b" c, without the quotes."""
    words = re.findall(r'"([^"]*)"|(\S+)', args)
    return plain(" ".join(a or b for a, b in words))


def is_japanese(char):
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def join_lines(lines):
    """A paragraph on one line: a space between two lines unless both sides are Japanese."""
    out = ""
    for line in lines:
        if out and not (is_japanese(out[-1]) and is_japanese(line[0])):
            out += " "
        out += line
    return out


class Converter:
    def __init__(self):
        self.blocks, self.paragraph, self.code, self.in_code = [], [], [], False
        self.tag_next = False

    def flush(self):
        if self.paragraph:
            self.blocks.append(join_lines(self.paragraph))
            self.paragraph = []

    def control(self, name, args):
        if name in ("nf", "EX"):
            self.flush()
            self.in_code = True
        elif name in ("fi", "EE"):
            self.blocks.append("```text\n" + "\n".join(self.code) + "\n```")
            self.code, self.in_code = [], False
        elif name in ("TH", "SH", "SS"):
            self.flush()
            level = {"TH": "#", "SH": "##", "SS": "###"}[name]
            title = macro_text(args).split(" ")[0] if name == "TH" else macro_text(args)
            if title:
                self.blocks.append(f"{level} {title}")
        elif name == "TP":
            self.flush()
            self.tag_next = True
        elif name in BREAKS:
            self.flush()
        elif name in ("B", "I", "BR", "IR", "RB", "RI", "BI", "IB", "SM"):
            self.text(macro_text(args))

    def text(self, line):
        if not line:
            return
        if self.tag_next:
            self.blocks.append("- `" + line.replace("`", "'") + "`")
            self.tag_next = False
        else:
            self.paragraph.append(line)

    def feed(self, raw):
        if raw.startswith((".\\\"", "'\\\"", '.\\"')):
            return
        if self.in_code and not re.match(r"^\.(fi|EE)\b", raw):
            self.code.append(plain(raw) if not raw.startswith(".") else "")
        elif raw.startswith((".", "'")):
            name, _, args = raw[1:].strip().partition(" ")
            self.control(name, args)
        else:
            self.text(plain(raw))

    def markdown(self):
        self.flush()
        if self.in_code:
            self.blocks.append("```text\n" + "\n".join(self.code) + "\n```")
        return "\n\n".join(self.blocks) + "\n"


def convert(path):
    with gzip.open(path, "rb") as data:
        text = data.read().decode("utf-8", errors="replace")
    converter = Converter()
    for line in text.splitlines():
        converter.feed(line)
    return converter.markdown()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--size-mb", type=float, default=10)
    parser.add_argument("--source", default="/usr/share/man/ja")
    args = parser.parse_args()
    pages = []
    for root, _, files in sorted(os.walk(args.source)):
        for name in sorted(files):
            if name.endswith(".gz") and not os.path.islink(os.path.join(root, name)):
                pages.append((os.path.relpath(root, args.source), name[:-3], convert(os.path.join(root, name))))
    if not pages:
        raise SystemExit(f"make_corpus: no man pages under {args.source} (apt-get install manpages-ja)")
    total, count = 0, 0
    while total < args.size_mb * 1e6:
        section, name, text = pages[count % len(pages)]
        folder = os.path.join(args.out, f"copy{count // len(pages) + 1}", section)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name.replace(".", "_") + ".md"), "w", encoding="utf-8") as out:
            out.write(text)
        total, count = total + len(text.encode()), count + 1
    print(f"{count} files, {total / 1e6:.1f} MB of Markdown in {args.out}")


if __name__ == "__main__":
    main()
