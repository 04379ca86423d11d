// Pass 2 (number_headings): section numbers, heading anchors and page titles.
#include <gtest/gtest.h>

#include <cmark-gfm.h>

#include "book_fixture.h"
#include "headings.h"

namespace tebiki {
namespace {
using testing::load_book;
using testing::TempFolder;

/// "number|id|title" of each heading of a page.
std::vector<std::string> headings_of(const Page& page) {
  std::vector<std::string> out;
  for (const Heading& h : page.headings) out.push_back(h.number + "|" + h.id + "|" + h.title);
  return out;
}

class Numbering : public ::testing::Test {
 protected:
  void SetUp() override {
    folder.write("tebiki.yml",
                 "title: 例\nfront: index.md\nchapters:\n  - one.md\n  - two.md\n"
                 "appendices:\n  - extra.md\n  - more.md\n");
    folder.write("index.md", "# 表紙の本\n\n## 前書き\n");
    folder.write("one.md",
                 "# はじめに\n\n## 背景\n\n### 経緯\n\n#### 細目\n\n### 現状\n\n## 目的\n\n### 範囲\n\n# 二つ目の見出し1\n");
    folder.write("two.md", "# 導入\n\n## 企画\n");
    folder.write("extra.md", "# 用語\n\n## 略語\n\n### MSS\n");
    folder.write("more.md", "# 参考文献\n\n## 規格\n");
  }
  TempFolder folder;
};

TEST_F(Numbering, ChaptersSectionsAndSubsections) {
  auto book = load_book(folder.path());
  ASSERT_TRUE(book.errors.empty());
  EXPECT_EQ(headings_of(book.page("one.md")),
            (std::vector<std::string>{"第1章|はじめに|はじめに", "1.1|背景|背景", "1.1.1|経緯|経緯",
                                      "|細目|細目", "1.1.2|現状|現状", "1.2|目的|目的",
                                      "1.2.1|範囲|範囲", "|二つ目の見出し1|二つ目の見出し1"}));
  EXPECT_EQ(headings_of(book.page("two.md")),
            (std::vector<std::string>{"第2章|導入|導入", "2.1|企画|企画"}));
  EXPECT_EQ(book.page("two.md").numbered_title(), "第2章 導入");
  EXPECT_EQ(book.page("two.md").headings[1].numbered_title(), "2.1 企画");
}

TEST_F(Numbering, AppendicesAreLettered) {
  auto book = load_book(folder.path());
  EXPECT_EQ(headings_of(book.page("extra.md")),
            (std::vector<std::string>{"付録A|用語|用語", "A.1|略語|略語", "A.1.1|mss|MSS"}));
  EXPECT_EQ(headings_of(book.page("more.md")),
            (std::vector<std::string>{"付録B|参考文献|参考文献", "B.1|規格|規格"}));
  EXPECT_EQ(book.page("more.md").numbered_title(), "付録B 参考文献");
}

TEST_F(Numbering, FrontPageIsNotNumbered) {
  auto book = load_book(folder.path());
  EXPECT_EQ(headings_of(book.page("index.md")),
            (std::vector<std::string>{"|表紙の本|表紙の本", "|前書き|前書き"}));
  EXPECT_EQ(book.page("index.md").numbered_title(), "表紙の本");
}

TEST_F(Numbering, EnglishBooksSayChapterAndAppendix) {
  folder.write("tebiki.yml",
               "title: Example\nlanguage: en\nchapters:\n  - one.md\nappendices:\n  - extra.md\n");
  auto book = load_book(folder.path());
  EXPECT_EQ(book.page("one.md").numbered_title(), "Chapter 1 はじめに");
  EXPECT_EQ(book.page("extra.md").numbered_title(), "Appendix A 用語");
}

TEST_F(Numbering, NumberingCanBeTurnedOff) {
  folder.write("tebiki.yml", "title: 例\nnumbered: false\nchapters:\n  - one.md\n  - two.md\n");
  auto book = load_book(folder.path());
  ASSERT_TRUE(book.errors.empty());
  for (const Page& page : book.pages) {
    for (const Heading& h : page.headings) EXPECT_EQ(h.number, "") << h.title;
  }
  EXPECT_EQ(book.page("two.md").numbered_title(), "導入");
}

TEST(NumberingWithoutConfig, AFolderOfMarkdownIsNotNumbered) {
  TempFolder folder;
  folder.write("b.md", "# 二番目\n\n## 節\n");
  folder.write("a.md", "# 一番目\n");
  auto book = load_book(folder.path());
  ASSERT_TRUE(book.config);
  EXPECT_FALSE(book.config->numbered);
  ASSERT_EQ(book.pages.size(), 2u);
  EXPECT_EQ(book.pages[0].numbered_title(), "一番目");
  EXPECT_EQ(headings_of(book.pages[1]), (std::vector<std::string>{"|二番目|二番目", "|節|節"}));
}

TEST(NumberingWithoutConfig, TheBookIsTitledByItsFolder) {
  TempFolder folder;
  folder.write("a.md", "# 一番目\n");
  std::string name = folder.path().filename().string();
  EXPECT_EQ(load_book(folder.path()).config->title, name);
  EXPECT_EQ(load_book(folder.path() / "").config->title, name);  // "docs/"
  EXPECT_EQ(load_book(folder.path() / ".").config->title, name);
}

TEST(ChapterNumber, ByLanguageAndKind) {
  EXPECT_EQ(chapter_number("ja", PageKind::Chapter, "3"), "第3章");
  EXPECT_EQ(chapter_number("ja-JP", PageKind::Appendix, "B"), "付録B");
  EXPECT_EQ(chapter_number("en", PageKind::Chapter, "3"), "Chapter 3");
  EXPECT_EQ(chapter_number("en", PageKind::Appendix, "C"), "Appendix C");
}

TEST(HeadingIds, DuplicatesAndCustomIds) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n");
  folder.write("a.md",
               "# 手順\n\n## 概要\n\n## 概要\n\n## 概要\n\n## 準備 {#prepare}\n\n## Setup & Run\n\n"
               "## 手順\n");
  auto book = load_book(folder.path());
  ASSERT_TRUE(book.errors.empty());
  EXPECT_EQ(headings_of(book.page("a.md")),
            (std::vector<std::string>{"第1章|手順|手順", "1.1|概要|概要", "1.2|概要-1|概要",
                                      "1.3|概要-2|概要", "1.4|prepare|準備", "1.5|setup--run|Setup & Run",
                                      "1.6|手順-1|手順"}));
  EXPECT_TRUE(book.diagnostics.empty());
}

TEST(HeadingIds, CustomIdIsRemovedFromTheRenderedHeading) {
  TempFolder folder;
  folder.write("a.md", "## 準備 {#prepare}\n");
  auto book = load_book(folder.path());
  cmark_node* heading = book.pages[0].headings[0].node;
  EXPECT_EQ(plain_text(heading), "準備");
}

TEST(HeadingIds, ACustomIdUsedTwiceIsReported) {
  TempFolder folder;
  folder.write("a.md", "# 概要\n\n## 一 {#x}\n\n## 二 {#x}\n\n## 三 {#概要}\n");
  auto book = load_book(folder.path());
  ASSERT_EQ(book.diagnostics.size(), 2u);
  EXPECT_EQ(book.diagnostics[0].rule, "heading-id");
  EXPECT_EQ(book.diagnostics[0].severity, Severity::Error);
  EXPECT_EQ(book.diagnostics[0].message, "anchor 'x' is used twice in this page");
  EXPECT_EQ(book.diagnostics[0].begin, std::string("# 概要\n\n## 一 {#x}\n\n").size());
  EXPECT_EQ(book.diagnostics[1].message, "anchor '概要' is used twice in this page");
}

TEST(HeadingIds, HeadingsInsideBlocksAreNotSections) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n");
  folder.write("a.md", "# A\n\n## 節\n\n> ## 注意\n>\n> 本文。\n\n- ### 項目\n\n## 次の節\n\n[](#注意)\n");
  auto book = load_book(folder.path());
  EXPECT_EQ(headings_of(book.page("a.md")),
            (std::vector<std::string>{"第1章|a|A", "1.1|節|節", "1.2|次の節|次の節"}));
  EXPECT_EQ(testing::messages(book.diagnostics),
            std::vector<std::string>{"links: link to unknown anchor '#注意' in a.md"});
}

TEST(PageTitle, FromTheFirstHeadingOrTheFrontMatter) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n  - b.md\n  - c.md\n");
  folder.write("a.md", "前書きの段落。\n\n# 本当の題\n\n## 節\n");
  folder.write("b.md", "---\ntitle: 用語\n---\n## 定義\n");
  folder.write("c.md", "本文だけ。\n");
  auto book = load_book(folder.path());
  ASSERT_TRUE(book.errors.empty());
  EXPECT_EQ(book.page("a.md").numbered_title(), "第1章 本当の題");
  // No level-1 heading: the front matter's title, still with the chapter's number.
  EXPECT_EQ(book.page("b.md").title, "用語");
  EXPECT_EQ(book.page("b.md").numbered_title(), "第2章 用語");
  EXPECT_EQ(book.page("b.md").headings[0].numbered_title(), "2.1 定義");
  EXPECT_EQ(book.page("c.md").numbered_title(), "第3章 c.md");
}

TEST(PlainText, InlinesWithoutMarkup) {
  TempFolder folder;
  folder.write("a.md", "# `tebiki` の *使い方* と [リンク](b.md) **強調**\n");
  auto book = load_book(folder.path());
  EXPECT_EQ(book.pages[0].headings[0].title, "tebiki の 使い方 と リンク 強調");
  EXPECT_EQ(book.pages[0].headings[0].id, "tebiki-の-使い方-と-リンク-強調");
}

}  // namespace
}  // namespace tebiki
