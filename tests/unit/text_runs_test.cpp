#include "text_runs.h"

#include <gtest/gtest.h>

#include "source.h"

namespace tebiki {
namespace {

std::vector<TextRun> runs_of(const std::string& text) {
  static std::vector<MarkdownDocument> keep;  // runs point into the tree
  keep.push_back(parse_markdown(text));
  return extract_text_runs(keep.back(), text);
}

// The source text that a run's range [begin, end) maps to.
std::string source_of(const std::string& source, const TextRun& run, std::size_t b, std::size_t e) {
  return source.substr(run.source_begin(b), run.source_end(e) - run.source_begin(b));
}

TEST(TextRuns, SoftBreakBetweenJapaneseDisappears) {
  std::string src = "サー\nバを使う。\nThe end\nof it.\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "サーバを使う。 The end of it.");  // 。 then Latin: a space
  std::size_t at = runs[0].text.find("サーバ");
  EXPECT_EQ(source_of(src, runs[0], at, at + std::string("サーバ").size()), "サー\nバ");
  EXPECT_FALSE(runs[0].is_verbatim(at, at + std::string("サーバ").size(), src));
}

TEST(TextRuns, MarkupIsSkippedAndOffsetsPointIntoSource) {
  std::string src = "# 見出し {#custom}\n\n**強調**と`code`と[リンク](http://example.jp/サーバー)。\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "見出し");
  EXPECT_EQ(runs[0].block, RunBlock::Heading);
  EXPECT_EQ(runs[1].text, "強調と\xEF\xBF\xBCとリンク。");
  std::size_t link = runs[1].text.find("リンク");
  EXPECT_EQ(source_of(src, runs[1], link, link + 9), "リンク");
  EXPECT_TRUE(runs[1].is_verbatim(link, link + 9, src));
  EXPECT_EQ(runs[1].text.find("サーバー"), std::string::npos);
}

TEST(TextRuns, EscapesAndEntitiesMapToTheirSource) {
  std::string src = "a\\*b &amp; c\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "a*b & c");
  EXPECT_EQ(runs[0].source_begin(1), 2u);   // the escaped '*'
  EXPECT_EQ(runs[0].source_begin(4), 5u);   // '&' of "&amp;"
  EXPECT_EQ(runs[0].source_begin(6), 11u);  // 'c'
  EXPECT_FALSE(runs[0].is_verbatim(0, 3, src));
}

TEST(TextRuns, CodeBlocksHtmlAndFrontMatterAreNotProse) {
  std::string src = "---\ntitle: サーバー\n---\n\n```\nサーバー\n```\n\n<div>サーバー</div>\n\n本文\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "本文");
  EXPECT_EQ(runs[0].source_begin(0), src.find("本文"));
}

TEST(TextRuns, ListsQuotesAndTablesAreProse) {
  std::string src = "- 項目\n  続き\n\n> 引用\n> 二行目\n\n| 列A | 列B |\n|---|---|\n| セル | `x` |\n";
  auto runs = runs_of(src);
  std::vector<std::string> texts;
  for (const auto& run : runs) texts.push_back(run.text);
  ASSERT_EQ(texts.size(), 6u);
  EXPECT_EQ(texts[0], "項目続き");
  EXPECT_EQ(texts[1], "引用二行目");
  EXPECT_EQ(texts[2], "列A");
  EXPECT_EQ(texts[4], "セル");
  EXPECT_EQ(runs[4].source_begin(0), src.find("セル"));
  std::size_t second = texts[1].find("二行目");
  EXPECT_EQ(runs[1].source_begin(second), src.find("二行目"));
}

TEST(TextRuns, AutolinksAreObjects) {
  std::string src = "詳細は https://example.jp/a を参照。<https://example.jp/b> も。\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text.find("example"), std::string::npos);
  std::size_t at = runs[0].text.find("を参照");
  EXPECT_EQ(runs[0].source_begin(at), src.find("を参照"));
  std::size_t mo = runs[0].text.find("も。");
  EXPECT_EQ(runs[0].source_begin(mo), src.find("も。"));
}

TEST(TextRuns, BomAndCrlfKeepOffsets) {
  std::string src = "\xEF\xBB\xBF# 題\r\n\r\nサーバ\r\nです\r\n";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "題");
  EXPECT_EQ(runs[1].text, "サーバです");
  EXPECT_EQ(runs[1].source_begin(0), src.find("サーバ"));
  std::size_t desu = runs[1].text.find("です");
  EXPECT_EQ(runs[1].source_begin(desu), src.find("です"));
}

// cmark-gfm's footnote extension turns `[^` CR `1` LF `ＡKー1]` into the text "[^\n1\nＡ]": a lone
// CR became LF and "Kー1" is gone from the tree. Before, the LF was not found where the CR is,
// "Ａ" was mapped to the last source byte as a three-byte copy, and a finding on it (width)
// ran past the end of the file (found by fuzzing).
TEST(TextRuns, TextCmarkChangedStaysInsideTheSource) {
  std::string src = "[^\r1\n\xEF\xBC\xA1K\xE3\x83\xBC" "1]";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  const TextRun& run = runs[0];
  for (std::size_t i = 0; i < run.text.size(); ++i) {
    EXPECT_LE(run.source_end(i + 1), src.size()) << "text byte " << i;
    EXPECT_LE(run.source_begin(i), run.source_end(i + 1)) << "text byte " << i;
  }
  std::size_t a = run.text.find("\xEF\xBC\xA1");
  ASSERT_NE(a, std::string::npos);
  EXPECT_EQ(source_of(src, run, a, a + 3), "\xEF\xBC\xA1");
}

TEST(TextRuns, LoneCarriageReturnIsALineBreak) {
  std::string src = "サーバ\rです。\rEnd\r";
  auto runs = runs_of(src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "サーバです。 End");
  std::size_t desu = runs[0].text.find("です");
  EXPECT_EQ(runs[0].source_begin(desu), src.find("です"));
  std::size_t end = runs[0].text.find("End");
  EXPECT_EQ(runs[0].source_begin(end), src.find("End"));
}

}  // namespace
}  // namespace tebiki
