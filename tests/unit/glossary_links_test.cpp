// Appendix B in a built book: terms linked in the text (first use per section, longest match,
// never in headings, links or code, forced and stopped links), and the glossary page itself
// (order, groups, jump bar, entries, 関連, 使用箇所).
#include <gtest/gtest.h>

#include "built_book.h"

namespace tebiki {
namespace {
using testing::BuiltBook;

const std::map<std::string, std::string> kBook = {
    {"tebiki.yml",
     "title: 用語の本\nchapters:\n  - chapter1.md\nappendices:\n  - glossary.md\n"
     "glossary: glossary.yml\nglossary_nolink: [NOC]\n"},
    {"glossary.yml",
     "- term: SQLインジェクション\n  reading: エスキューエルインジェクション\n"
     "  description: 入力にSQLの命令を紛れ込ませる攻撃。\n"
     "- term: SQL\n  reading: エスキューエル\n  description: データベースの言語。\n"
     "- term: SOC\n  reading: ソック\n  en: Security Operation Center\n"
     "  description: 監視の拠点。**太字**と[外部](https://example.jp/)を含む。\n  see: [NOC]\n"
     "- term: NOC\n  reading: ノック\n  description: ネットワークの監視拠点。\n"
     "- term: ログ\n  reading: ろぐ\n  description: 記録。\n"},
    {"glossary.md", "# 用語説明\n\n用語を読みの順に並べる。SOCはここではリンクしない。\n"},
    {"chapter1.md",
     "# 用語の章\n\n## 最初の節\n\n"
     "SQLインジェクションはSQLを悪用する。二度目のSQLインジェクションとSQLはリンクしない。\n\n"
     "SOCKSの中は見ない。`SOC`のようなコードと[SOCの案内](https://example.jp/"
     ")の中もリンクしない。\n"
     "その後のSOCはリンクする。\n\n"
     "NOCは設定でリンクしない語だが、[NOC](term:)と書けばリンクする。[監視拠点](term:SOC)"
     "も強制リンク。\n\n"
     "更新プログラムの中はリンクしない。\n\n"
     "## 見出しのSOCはリンクしない\n\nSOCは節ごとに最初の一回をリンクする。\n\n"
     "<!-- tebiki-disable term-link -->\nログは抑止コメントの後なのでリンクしない。\n"
     "<!-- tebiki-enable term-link -->\n\n抑止の外のログはリンクする。\n"},
};

std::string term_link(const std::string& anchor, const std::string& text) {
  return "<a class=\"term\" href=\"glossary.html#" + anchor + "\">" + text + "</a>";
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

class GlossaryInABook : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    book = new BuiltBook;
    testing::build_book_from(kBook, *book);
  }
  static void TearDownTestSuite() { delete book; }
  void SetUp() override {
    ASSERT_TRUE(book->result.errors.empty());
    ASSERT_EQ(book->findings(), std::vector<std::string>{});
    chapter = book->pages.at("chapter1.html");
    glossary = book->pages.at("glossary.html");
  }
  static BuiltBook* book;
  std::string chapter, glossary;
};
BuiltBook* GlossaryInABook::book = nullptr;

const std::string kSocTip = "監視の拠点。太字と外部を含む。";

TEST_F(GlossaryInABook, FirstUseInASectionIsLinkedOnce) {
  EXPECT_NE(chapter.find("<p>" +
                         term_link("term-sqlインジェクション", "SQLインジェクション") +
                         "は" + term_link("term-sql", "SQL") +
                         "を悪用する。二度目のSQLインジェクションとSQLはリンクしない。</p>"),
            std::string::npos)
      << chapter;
}

// The text around a linked term is escaped as cmark escapes text (& < > " but not ').
TEST(GlossaryLinks, TextAroundALinkIsEscapedAsElsewhere) {
  BuiltBook book;
  testing::build_book_from({{"tebiki.yml", "title: 本\nchapters:\n  - a.md\nappendices:\n  - g.md\nglossary: g.yml\n"},
                            {"g.yml", "- term: SOC\n  reading: ソック\n  description: 監視の拠点。\n"},
                            {"g.md", "# 用語\n"},
                            {"a.md", "# 章\n\n## 節\n\nA & \"B\" \\<C\\> 'D' のSOCと E & F。\n"}},
                           book);
  ASSERT_TRUE(book.result.errors.empty());
  const std::string& page = book.pages.at("a.html");
  EXPECT_NE(page.find("<p>A &amp; &quot;B&quot; &lt;C&gt; 'D' の<a class=\"term\" href=\"g.html#term-soc\">SOC</a>と E &amp; F。</p>"),
            std::string::npos)
      << page;
}

TEST_F(GlossaryInABook, NotInsideWordsCodeOrLinks) {
  EXPECT_NE(
      chapter.find(
          "<p>SOCKSの中は見ない。<code>SOC</code>のようなコードと<a href=\"https://example.jp/\">"
          "SOCの案内</a>の中もリンクしない。その後の" +
          term_link("term-soc", "SOC") + "はリンクする。</p>"),
      std::string::npos)
      << chapter;
  EXPECT_NE(chapter.find("<p>更新プログラムの中はリンクしない。</p>"), std::string::npos);
}

TEST_F(GlossaryInABook, NolinkListAndForcedLinks) {
  EXPECT_NE(chapter.find("<p>NOCは設定でリンクしない語だが、" +
                         term_link("term-noc", "NOC") +
                         "と書けばリンクする。" + term_link("term-soc", "監視拠点") +
                         "も強制リンク。</p>"),
            std::string::npos)
      << chapter;
}

TEST_F(GlossaryInABook, NeverInHeadingsAndAgainInTheNextSection) {
  EXPECT_NE(chapter.find("<h2 id=\"見出しのsocはリンクしない\"><span class=\"secno\">1.2</span> "
                         "見出しのSOCはリンクしない</h2>\n<p>" +
                         term_link("term-soc", "SOC") +
                         "は節ごとに最初の一回をリンクする。</p>"),
            std::string::npos)
      << chapter;
  EXPECT_EQ(count(chapter, "href=\"glossary.html#term-soc\""), 3u);
}

TEST_F(GlossaryInABook, SuppressionCommentStopsLinks) {
  EXPECT_NE(chapter.find("<p>ログは抑止コメントの後なのでリンクしない。</p>"), std::string::npos)
      << chapter;
  EXPECT_NE(chapter.find("<p>抑止の外の" + term_link("term-ログ", "ログ") +
                         "はリンクする。</p>"),
            std::string::npos)
      << chapter;
}

TEST_F(GlossaryInABook, PrintPageLinksWithinItself) {
  const std::string& print = book->pages.at("print.html");
  EXPECT_NE(print.find("<a class=\"term\" href=\"#term-soc\">SOC</a>"), std::string::npos);
}

TEST_F(GlossaryInABook, TipsAreWrittenOnceInTheirOwnScript) {
  std::string tips = testing::read_file(book->folder.path() / "site" / "glossary-tips.js");
  EXPECT_TRUE(tips.starts_with("window.TEBIKI_TIPS = {")) << tips;
  EXPECT_NE(tips.find("\"term-soc\":\"" + kSocTip + "\""), std::string::npos) << tips;
  EXPECT_NE(tips.find("\"term-ログ\":\"記録。\""), std::string::npos) << tips;
  EXPECT_EQ(count(chapter, kSocTip), 0u) << "no page repeats a description";
}

TEST_F(GlossaryInABook, GlossaryPageIsNotLinkedToItself) {
  EXPECT_NE(glossary.find("<p>用語を読みの順に並べる。SOCはここではリンクしない。</p>"),
            std::string::npos);
}

TEST_F(GlossaryInABook, EntriesInReadingOrderUnderGroups) {
  std::vector<std::string> in_order = {
      "<nav class=\"glossary-index\" aria-label=\"索引\"><a href=\"#tebiki-group-あ\">あ</a> "
      "<a href=\"#tebiki-group-さ\">さ</a> <a href=\"#tebiki-group-な\">な</a> "
      "<a href=\"#tebiki-group-ら\">ら</a> </nav>",
      "<h2 class=\"glossary-group\" id=\"tebiki-group-あ\">あ</h2>",
      "<dt id=\"term-sql\" data-reading=\"エスキューエル\">",
      "<dt id=\"term-sqlインジェクション\" data-reading=\"エスキューエルインジェクション\">",
      "<h2 class=\"glossary-group\" id=\"tebiki-group-さ\">さ</h2>",
      "<dt id=\"term-soc\" data-reading=\"ソック\">",
      "<h2 class=\"glossary-group\" id=\"tebiki-group-な\">な</h2>",
      "<dt id=\"term-noc\" data-reading=\"ノック\">",
      "<h2 class=\"glossary-group\" id=\"tebiki-group-ら\">ら</h2>",
      "<dt id=\"term-ログ\" data-reading=\"ろぐ\">",
  };
  std::size_t at = 0;
  for (const std::string& part : in_order) {
    std::size_t found = glossary.find(part, at);
    ASSERT_NE(found, std::string::npos) << part << "\n" << glossary;
    at = found + part.size();
  }
}

TEST_F(GlossaryInABook, EntryHasTermReadingEnglishDescriptionRelatedAndUses) {
  EXPECT_NE(
      glossary.find(
          "<dt id=\"term-soc\" data-reading=\"ソック\"><span class=\"term-name\">SOC</span> "
          "<span class=\"reading\">ソック</span> <span class=\"en\">Security Operation "
          "Center</span></dt>\n"
          "<dd>\n\n<p>監視の拠点。<strong>太字</strong>と<a "
          "href=\"https://example.jp/\">外部</a>を含む。</p>\n"
          "<p>関連：<a href=\"#term-noc\">NOC</a></p>\n"
          "<p class=\"used-in\">使用箇所：<a href=\"chapter1.html#最初の節\">1.1 最初の節</a>、"
          "<a href=\"chapter1.html#見出しのsocはリンクしない\">1.2 "
          "見出しのSOCはリンクしない</a></p>\n</dd>"),
      std::string::npos)
      << glossary;
}

// A book in English: the glossary page's own words follow its language, and the related
// terms stay out of the tooltip as in Japanese.
TEST(GlossaryInEnglish, ThePageSpeaksTheBooksLanguage) {
  BuiltBook book;
  testing::build_book_from(testing::with_config(kBook, "language: en\n"), book);
  const std::string& glossary = book.pages.at("glossary.html");
  EXPECT_NE(glossary.find("<nav class=\"glossary-index\" aria-label=\"Index\">"), std::string::npos) << glossary;
  EXPECT_NE(glossary.find("See also: <a href=\"#term-noc\">NOC</a>"), std::string::npos) << glossary;
  EXPECT_NE(glossary.find("<p class=\"used-in\">Used in: <a href=\"chapter1.html#最初の節\">1.1 最初の節</a>, "),
            std::string::npos) << glossary;
  EXPECT_EQ(glossary.find("使用箇所"), std::string::npos);
  std::string tips = testing::read_file(book.folder.path() / "site" / "glossary-tips.js");
  EXPECT_EQ(tips.find("See also"), std::string::npos) << tips;
}

TEST(GlossaryLinks, UnknownForcedTermFailsTheBuild) {
  std::map<std::string, std::string> files = kBook;
  files["chapter1.md"] = "# 章\n\n[謎の語](term:)と[表示](term:%E8%AC%8E)。\n";
  BuiltBook book;
  testing::build_book_from(files, book);
  EXPECT_EQ(book.findings(), (std::vector<std::string>{
                                 "chapter1.md:3:1: error: 「謎の語」は用語集にない [glossary]",
                                 "chapter1.md:3:14: error: 「謎」は用語集にない [glossary]",
                             }));
  EXPECT_TRUE(has_errors(book.result.diagnostics));
}

TEST(GlossaryLints, AliasIsReportedByTheBuildAsAWarning) {
  std::map<std::string, std::string> files = kBook;
  files["glossary.yml"] += "- term: 一次対応\n  reading: いちじたいおう\n  aliases: [一次対処]\n";
  files["chapter1.md"] += "\n一次対処と一次対応。\n";
  BuiltBook book;
  testing::build_book_from(files, book, /*lint=*/true);
  std::vector<std::string> findings = book.findings();
  EXPECT_NE(
      std::find(findings.begin(), findings.end(),
                "chapter1.md:24:1: warning: 「一次対処」は用語集の「一次対応」と書く [glossary]"),
      findings.end())
      << ::testing::PrintToString(findings);
}

}  // namespace
}  // namespace tebiki
