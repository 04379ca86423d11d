// Rendering of page content: footnotes, tables, the print variant, and cmark-gfm's extensions
// under parallel parsing.
#include <gtest/gtest.h>

#include <cmark-gfm.h>

#include <atomic>
#include <thread>

#include "book_fixture.h"
#include "markdown.h"
#include "render.h"

namespace tebiki {
namespace {
using testing::load_book;
using testing::TempFolder;

class Footnotes : public ::testing::Test {
 protected:
  void SetUp() override {
    folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n  - b.md\n");
    folder.write("a.md", "# A\n\n一つ目[^1]と二つ目[^x]。\n\n[^1]: 注1。\n[^x]: 注2。\n");
    folder.write("b.md", "# B\n\n別の注[^1]。\n\n[^1]: B の注。\n");
  }
  TempFolder folder;
};

TEST_F(Footnotes, OnePageHasOneNumberedList) {
  auto book = load_book(folder.path());
  std::string html = render_content(*book.config, book.page("a.md"), Variant::Site);
  EXPECT_EQ(html.substr(html.find("<section")),
            "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
            "<li id=\"fn-1\">\n<p>注1。 <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref=\"\" "
            "aria-label=\"Back to content\">↩</a></p>\n</li>\n"
            "<li id=\"fn-x\">\n<p>注2。 <a href=\"#fnref-x\" class=\"footnote-backref\" data-footnote-backref=\"\" "
            "aria-label=\"Back to content\">↩</a></p>\n</li>\n"
            "</ol>\n</section>\n");
  EXPECT_NE(html.find("<sup class=\"footnote-ref\"><a href=\"#fn-x\" id=\"fnref-x\" data-footnote-ref=\"\">2</a></sup>"),
            std::string::npos) << html;
}

TEST_F(Footnotes, PrintIdsArePrefixedByPage) {
  auto book = load_book(folder.path());
  std::string a = render_content(*book.config, book.page("a.md"), Variant::Print);
  std::string b = render_content(*book.config, book.page("b.md"), Variant::Print);
  EXPECT_NE(a.find("<a href=\"#a--fn-1\" id=\"a--fnref-1\""), std::string::npos) << a;
  EXPECT_NE(a.find("<li id=\"a--fn-1\">\n<p>注1。 <a href=\"#a--fnref-1\""), std::string::npos) << a;
  EXPECT_NE(b.find("<li id=\"b--fn-1\">"), std::string::npos) << b;
  EXPECT_EQ(a.find("\"fn-"), std::string::npos) << a;
  EXPECT_EQ(a.find("\"#fn"), std::string::npos) << a;
  // The site variant rendered afterwards is not prefixed.
  std::string site = render_content(*book.config, book.page("b.md"), Variant::Site);
  EXPECT_NE(site.find("<li id=\"fn-1\">"), std::string::npos) << site;
}

TEST(Tables, AreWrappedForScrolling) {
  TempFolder folder;
  folder.write("a.md", "| a | b |\n| - | - |\n| 1 | 2 |\n");
  auto book = load_book(folder.path());
  std::string html = render_content(*book.config, book.pages[0], Variant::Site);
  EXPECT_TRUE(html.starts_with("<div class=\"table-wrap\" tabindex=\"0\">\n<table>\n")) << html;
  EXPECT_TRUE(html.ends_with("</table>\n</div>\n")) << html;
}

TEST(Headings, CarryIdAndSectionNumber) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n");
  folder.write("a.md", "# はじめに\n\n## `code` と *強調* {#intro}\n");
  auto book = load_book(folder.path());
  EXPECT_EQ(render_content(*book.config, book.pages[0], Variant::Site),
            "<h1 id=\"はじめに\"><span class=\"secno\">第1章</span> はじめに</h1>\n"
            "<h2 id=\"intro\"><span class=\"secno\">1.1</span> <code>code</code> と <em>強調</em></h2>\n");
  EXPECT_EQ(render_content(*book.config, book.pages[0], Variant::Print),
            "<h1 id=\"a--はじめに\"><span class=\"secno\">第1章</span> はじめに</h1>\n"
            "<h2 id=\"a--intro\"><span class=\"secno\">1.1</span> <code>code</code> と <em>強調</em></h2>\n");
}

// Raw HTML blocks are written without cmark's renderer (render.cpp): the content must be
// what cmark renders for the same blocks, whatever their line endings.
TEST(RawHtmlBlocks, AreWrittenAsCmarkRendersThem) {
  TempFolder folder;
  std::string text = "<div class=\"a\">\n<p>x</p>\n</div>\n\n段落。\n\n<dl>\n<dt id=\"t\">t</dt>\n</dl>";
  folder.write("tebiki.yml", "title: 例\nallow_html: true\nchapters:\n  - a.md\n");
  folder.write("a.md", text);
  auto book = load_book(folder.path());
  std::string html = render_content(*book.config, book.page("a.md"), Variant::Site);
  MarkdownDocument document = parse_markdown(text);
  char* expected = cmark_render_html(document.root(), CMARK_OPT_UNSAFE, document.extensions());
  EXPECT_EQ(html, expected);
  free(expected);
}

TEST(EscapeHtml, TheFiveCharacters) {
  EXPECT_EQ(escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_html("日本語"), "日本語");
}

TEST(EscapeHtml, AsTextKeepsTheApostropheAndAppends) {
  std::string out = "前:";
  append_html_escaped(out, "'a'&\"b\"<c>", false);
  EXPECT_EQ(out, "前:'a'&amp;&quot;b&quot;&lt;c&gt;");
  append_html_escaped(out, "", false);
  append_html_escaped(out, "&", true);
  EXPECT_EQ(out, "前:'a'&amp;&quot;b&quot;&lt;c&gt;&amp;");
}

// cmark-gfm keeps the extensions' special characters in a global table that each parse
// switches on and off; parses on several threads must still all see strikethrough and autolinks.
TEST(ParallelParse, EveryDocumentKeepsItsExtensions) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "段落 ~~消した~~ と https://example.jp/ を見る。\n\n";
  auto count = [](const std::string& html, const std::string& what) {
    int n = 0;
    for (std::size_t at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
    return n;
  };
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        MarkdownDocument doc = parse_markdown(text);
        char* html = cmark_render_html(doc.root(), CMARK_OPT_DEFAULT, doc.extensions());
        std::string out = html;
        free(html);
        if (count(out, "<del>") != 300 || count(out, "<a href=") != 300) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace tebiki
