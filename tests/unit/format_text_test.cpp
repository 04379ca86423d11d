#include "format_text.h"

#include <gtest/gtest.h>

#include <vector>

namespace tebiki {
namespace {

// A diagnostic over the first occurrence of `word` in the file's text.
Diagnostic over(const SourceFile& file, const std::string& word,
                Severity severity = Severity::Error) {
  std::size_t begin = file.text().find(word);
  return {"long-vowel", severity, file.path(), begin, begin + word.size(), "「" + word + "」を直す",
          std::nullopt};
}

std::string text_of(const SourceFile& file, const Diagnostics& diagnostics, bool color = false) {
  std::vector<SourceFile> files = {file};
  return format_text(diagnostics, lookup_in(files), color);
}

TEST(FormatText, LocationSourceLineAndCaretUnderWideCharacters) {
  SourceFile file("a.md", "# 見出し\n\nサーバーを再起動する。\n");
  EXPECT_EQ(text_of(file, {over(file, "サーバー")}),
            "a.md:3:1: error: 「サーバー」を直す [long-vowel]\n"
            "サーバーを再起動する。\n"
            "^~~~~~~~\n");
}

TEST(FormatText, WideCharactersBeforeTheRangeTakeTwoCells) {
  SourceFile file("b.md", "設定はＡＢＣで行う。\n");
  EXPECT_EQ(text_of(file, {over(file, "ＡＢＣ", Severity::Warning)}),
            "b.md:1:4: warning: 「ＡＢＣ」を直す [long-vowel]\n"
            "設定はＡＢＣで行う。\n"
            "      ^~~~~~\n");
}

TEST(FormatText, NarrowAndWideMixed) {
  SourceFile file("c.md", "abc サーバ\n");
  EXPECT_EQ(text_of(file, {over(file, "サーバ", Severity::Note)}),
            "c.md:1:5: note: 「サーバ」を直す [long-vowel]\n"
            "abc サーバ\n"
            "    ^~~~~~\n");
}

TEST(FormatText, TabsStayTabsInTheCaretLine) {
  SourceFile file("d.md", "\tx サーバー\n");
  EXPECT_EQ(text_of(file, {over(file, "サーバー")}),
            "d.md:1:4: error: 「サーバー」を直す [long-vowel]\n"
            "\tx サーバー\n"
            "\t  ^~~~~~~~\n");
}

TEST(FormatText, BomIsNeitherPrintedNorCounted) {
  SourceFile file("e.md", "\xEF\xBB\xBFサーバー\r\n");
  EXPECT_EQ(text_of(file, {over(file, "サーバー")}),
            "e.md:1:1: error: 「サーバー」を直す [long-vowel]\n"
            "サーバー\n"
            "^~~~~~~~\n");
}

TEST(FormatText, RangeOverSeveralLinesUnderlinesToTheEndOfTheFirst) {
  SourceFile file("f.md", "ab\ncd\n");
  Diagnostic d{"width", Severity::Error, "f.md", 1, 4, "m", std::nullopt};
  EXPECT_EQ(text_of(file, {d}), "f.md:1:2: error: m [width]\nab\n ^\n");
}

TEST(FormatText, EmptyRangeIsOneCaret) {
  SourceFile file("g.md", "あい\n");
  Diagnostic d{"punctuation", Severity::Error, "g.md", 3, 3, "m", std::nullopt};
  EXPECT_EQ(text_of(file, {d}), "g.md:1:2: error: m [punctuation]\nあい\n  ^\n");
}

TEST(FormatText, UnknownFileHasNoExcerpt) {
  Diagnostic d{"terms", Severity::Error, "gone.md", 0, 1, "m", std::nullopt};
  EXPECT_EQ(format_text({d}, nullptr), "gone.md:1:1: error: m [terms]\n");
}

TEST(FormatText, LongLineIsCutAroundTheRange) {
  std::string line = std::string(5000, 'a') + "サーバー" + std::string(5000, 'b');
  SourceFile file("h.md", line + "\n");
  std::string out = text_of(file, {over(file, "サーバー")});
  EXPECT_LT(out.size(), 1000u);
  std::string expected_line =
      "..." + std::string(160, 'a') + "サーバー" + std::string(160, 'b') + "...";
  EXPECT_NE(out.find("\n" + expected_line + "\n" + std::string(163, ' ') + "^~~~~~~~\n"),
            std::string::npos)
      << out;
}

TEST(FormatText, ControlCharactersAreNotSentToTheTerminal) {
  SourceFile file("i.md", "a\x1b[31mサーバー\n");
  std::string out = text_of(file, {over(file, "サーバー")});
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

TEST(FormatText, ColorLikeClang) {
  SourceFile file("a.md", "サーバー\n");
  std::string out = text_of(file, {over(file, "サーバー")}, true);
  EXPECT_EQ(out,
            "\x1b[1ma.md:1:1:\x1b[0m \x1b[1;31merror:\x1b[0m "
            "\x1b[1m「サーバー」を直す [long-vowel]\x1b[0m\n"
            "サーバー\n"
            "\x1b[1;32m^~~~~~~~\x1b[0m\n");
}

std::string errors_of(const SourceFile& file, const std::vector<SourceError>& errors) {
  std::vector<SourceFile> files = {file};
  return format_errors(errors, lookup_in(files));
}

TEST(FormatErrors, SourceLineAndCaretUnderTheColumn) {
  SourceFile file("tebiki.yml", "title: 例\nchapters: [あいう.md, えお.md]\n");
  EXPECT_EQ(errors_of(file, {{"tebiki.yml", {2, 20}, "page 'えお.md' not found", true}}),
            "tebiki.yml:2:20: error: page 'えお.md' not found\n"
            "chapters: [あいう.md, えお.md]\n"
            "                      ^\n");
  SourceFile bom("g.yml", "\xEF\xBB\xBF- {term: サーバ, reading: abc}\n");  // neither printed nor counted
  EXPECT_EQ(errors_of(bom, {{"g.yml", {1, 24}, "bad reading", true}}),
            "g.yml:1:24: error: bad reading\n"
            "- {term: サーバ, reading: abc}\n"
            "                          ^\n");
  // A place in the text at 1:1 is shown too (an unknown key on the first line).
  EXPECT_EQ(errors_of(file, {{"tebiki.yml", {1, 1}, "unknown key 'titel'", true}}),
            "tebiki.yml:1:1: error: unknown key 'titel'\n"
            "title: 例\n"
            "^\n");
}

TEST(FormatErrors, NoLineForAWholeFileAnUnknownFileOrALineBeyondTheEnd) {
  SourceFile file("p.md", "# 見出し\n");
  EXPECT_EQ(errors_of(file, {{"p.md", {1, 1}, "page leads outside the book"}}),
            "p.md:1:1: error: page leads outside the book\n");
  EXPECT_EQ(errors_of(file, {{"p.md", {1, 2}, "a whole file", false}}), "p.md:1:2: error: a whole file\n");
  EXPECT_EQ(errors_of(file, {{"q.md", {1, 3}, "no such file", true}}), "q.md:1:3: error: no such file\n");
  EXPECT_EQ(errors_of(file, {{"p.md", {9, 2}, "past the end", true}}), "p.md:9:2: error: past the end\n");
}

TEST(FormatSummary, CountsBySeverityAndFile) {
  Diagnostics diagnostics = {
      {"a", Severity::Error, "x.md", 0, 1, "m", std::nullopt},
      {"a", Severity::Error, "x.md", 2, 3, "m", std::nullopt},
      {"b", Severity::Warning, "y.md", 0, 1, "m", std::nullopt},
      {"c", Severity::Error, "y.md", 4, 5, "m", std::nullopt},
  };
  EXPECT_EQ(format_summary(diagnostics, 12, 0.0412),
            "3 errors, 1 warning in 2 files (12 files checked in 0.04 s)\n");
  diagnostics.resize(1);
  diagnostics.push_back({"n", Severity::Note, "x.md", 0, 1, "m", std::nullopt});
  EXPECT_EQ(format_summary(diagnostics, 1, 1.5),
            "1 error, 0 warnings, 1 note in 1 file (1 file checked in 1.50 s)\n");
  EXPECT_EQ(format_summary({}, 3, 0), "no problems found (3 files checked in 0.00 s)\n");
}

}  // namespace
}  // namespace tebiki
