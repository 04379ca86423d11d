// Pass 4 (resolve_cross_references): relative links to pages and anchors are checked and
// rewritten for the site and for print.html; empty link texts get the target's title.
#include <gtest/gtest.h>

#include <cmark-gfm.h>

#include <filesystem>

#include "book_fixture.h"
#include "render.h"
#include "xrefs.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;
using testing::load_book;
using testing::LoadedBook;
using testing::TempFolder;

TEST(RelativeHref, BetweenFolders) {
  EXPECT_EQ(relative_href("index.html", "chapter2.html"), "chapter2.html");
  EXPECT_EQ(relative_href("a/x.html", "b/c.html"), "../b/c.html");
  EXPECT_EQ(relative_href("guide/details.html", "guide/other.html"), "other.html");
  EXPECT_EQ(relative_href("guide/details.html", "index.html"), "../index.html");
  EXPECT_EQ(relative_href("index.html", "img/fig.png"), "img/fig.png");
  EXPECT_EQ(relative_href("a/b/c.html", "a/x.png"), "../x.png");
}

// The shortcut for pages of the top folder gives what the path algebra gives.
TEST(RelativeHref, FromTheTopFolderAsThePathAlgebraGivesIt) {
  auto algebra = [](const std::string& to) { return fs::path(to).lexically_relative(".").generic_string(); };
  for (std::string to : {"chapter2.html", "a/b.html", "用語集.html", "a/./b.html", "a/../b.html", "./a.html",
                         "../a.html", "a//b.html", "a/", ".", "..", "a/.", "a/..", "a.b/c..html", "x/.hidden"}) {
    EXPECT_EQ(relative_href("index.html", to), algebra(to)) << to;
  }
}

TEST(IsNormalRelativePath, NoEmptyDotOrDotDotSegment) {
  for (std::string path : {"a.html", "a/b.html", "用語集/a.html", "a.b/c..html", "x/.hidden"}) {
    EXPECT_TRUE(is_normal_relative_path(path)) << path;
  }
  for (std::string path : {"", "/a.html", "a/", "a//b", ".", "..", "./a", "../a", "a/./b", "a/../b", "a/.", "a/.."}) {
    EXPECT_FALSE(is_normal_relative_path(path)) << path;
  }
}

TEST(PercentDecode, DecodesValidEscapesOnly) {
  EXPECT_EQ(percent_decode("%E5%B0%8E%E5%85%A5%E4%BC%81%E7%94%BB"), "導入企画");
  EXPECT_EQ(percent_decode("a%20b%2Fc"), "a b/c");
  EXPECT_EQ(percent_decode("%e5%b0%8e"), "導");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(percent_decode("%4g%41%"), "%4gA%");
  EXPECT_EQ(percent_decode("導入企画"), "導入企画");
}

TEST(IsExternalUrl, SchemesAndProtocolRelative) {
  for (const char* url : {"https://example.jp/", "http://x", "mailto:a@example.jp", "tel:0312345678",
                          "//cdn.example.jp/a.js", "git+ssh://host/repo"}) {
    EXPECT_TRUE(is_external_url(url)) << url;
  }
  for (const char* url : {"chapter2.md", "#導入企画", "../a.md", "term:MSS", "img/a:b.png", ":x", "a b:c", ""}) {
    EXPECT_FALSE(is_external_url(url)) << url;
  }
}

/// A book of three pages (one in a subfolder) linking to each other.
class CrossReferences : public ::testing::Test {
 protected:
  void SetUp() override {
    folder.write("tebiki.yml",
                 "title: 例\nfront: index.md\nchapters:\n  - chapter1.md\n  - chapter2.md\n"
                 "  - guide/details.md\n");
    folder.write("index.md", "# 表紙\n\n[](chapter1.md) [](chapter2.md#導入企画)\n");
    folder.write("chapter1.md",
                 "# はじめに\n\n## 背景\n\n## 手順 {#steps}\n\n"
                 "[導入企画](chapter2.md#導入企画)\n[符号化](chapter2.md#%E5%B0%8E%E5%85%A5%E4%BC%81%E7%94%BB)\n"
                 "[](chapter2.md#導入企画)\n[](#steps)\n[](chapter2.md)\n[外部](https://example.jp/)\n"
                 "[同じ](#背景)\n[](./chapter2.md#体制)\n");
    folder.write("chapter2.md", "# 導入\n\n## 導入企画\n\n### 体制\n");
    folder.write("guide/details.md", "# 詳細\n\n[戻る](../chapter1.md#背景)\n[](../index.md)\n");
  }

  /// "site|print" of each rewritten link of a page, in order.
  static std::vector<std::string> links(const Page& page) {
    std::vector<std::string> out;
    for (const VariantText& v : page.variants) {
      if (v.is_url) out.push_back(v.site + "|" + v.print);
    }
    return out;
  }

  /// The text of each link of a page, in order.
  static std::vector<std::string> link_texts(const Page& page) {
    std::vector<std::string> out;
    collect_link_texts(page.document->root(), out);
    return out;
  }

  static void collect_link_texts(cmark_node* node, std::vector<std::string>& out) {
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_LINK) {
        cmark_node* text = cmark_node_first_child(child);
        out.push_back(text && cmark_node_get_literal(text) ? cmark_node_get_literal(text) : "");
      }
      collect_link_texts(child, out);
    }
  }

  TempFolder folder;
};

TEST_F(CrossReferences, RewritesPageLinksForTheSiteAndForPrint) {
  LoadedBook book = load_book(folder.path());
  ASSERT_TRUE(book.errors.empty());
  EXPECT_TRUE(book.diagnostics.empty()) << ::testing::PrintToString(testing::messages(book.diagnostics));
  EXPECT_EQ(links(book.page("chapter1.md")),
            (std::vector<std::string>{
                "chapter2.html#導入企画|#chapter2--導入企画",
                "chapter2.html#導入企画|#chapter2--導入企画",  // percent-encoded anchors are decoded
                "chapter2.html#導入企画|#chapter2--導入企画",
                "#steps|#chapter1--steps",
                "chapter2.html|#chapter2",
                "#背景|#chapter1--背景",
                "chapter2.html#体制|#chapter2--体制",
            }));
}

TEST_F(CrossReferences, PathsFromASubfolder) {
  LoadedBook book = load_book(folder.path());
  EXPECT_EQ(links(book.page("guide/details.md")),
            (std::vector<std::string>{"../chapter1.html#背景|#chapter1--背景", "../index.html|#index"}));
  EXPECT_EQ(print_anchor(book.page("guide/details.md"), "x"), "guide-details--x");
}

TEST_F(CrossReferences, EmptyLinkTextGetsTheNumberAndTitle) {
  LoadedBook book = load_book(folder.path());
  EXPECT_EQ(link_texts(book.page("chapter1.md")),
            (std::vector<std::string>{"導入企画", "符号化", "2.1 導入企画", "1.2 手順", "第2章 導入", "外部",
                                      "同じ", "2.1.1 体制"}));
  EXPECT_EQ(link_texts(book.page("index.md")), (std::vector<std::string>{"第1章 はじめに", "2.1 導入企画"}));
  EXPECT_EQ(link_texts(book.page("guide/details.md")), (std::vector<std::string>{"戻る", "表紙"}));
}

TEST_F(CrossReferences, RenderedHtmlCarriesTheRewrittenLinks) {
  LoadedBook book = load_book(folder.path());
  Page& page = book.page("index.md");
  std::string site = render_content(*book.config, page, Variant::Site);
  EXPECT_NE(site.find("<a href=\"chapter1.html\">第1章 はじめに</a>"), std::string::npos) << site;
  EXPECT_NE(site.find("<a href=\"chapter2.html#%E5%B0%8E%E5%85%A5%E4%BC%81%E7%94%BB\">2.1 導入企画</a>"),
            std::string::npos) << site;
  std::string print = render_content(*book.config, page, Variant::Print);
  EXPECT_NE(print.find("<a href=\"#chapter2--%E5%B0%8E%E5%85%A5%E4%BC%81%E7%94%BB\">2.1 導入企画</a>"),
            std::string::npos) << print;
  EXPECT_NE(print.find("<h1 id=\"index--表紙\">"), std::string::npos) << print;
  // Rendering one variant after the other must not leave the other's URLs behind.
  EXPECT_EQ(render_content(*book.config, page, Variant::Site), site);
}

TEST_F(CrossReferences, ExternalLinksAreLeftAlone) {
  LoadedBook book = load_book(folder.path());
  std::string html = render_content(*book.config, book.page("chapter1.md"), Variant::Print);
  EXPECT_NE(html.find("<a href=\"https://example.jp/\">外部</a>"), std::string::npos) << html;
}

TEST(BrokenLinks, UnknownPagesAndAnchorsAreReportedWhereTheLinkIs) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n  - b.md\n");
  folder.write("a.md", "# A\n\n本文。[x](nope.md) と [y](b.md#nope)\n\n- [](#missing)\n");
  folder.write("b.md", "# B\n\n[abs](/a.md)\n[out](../outside.md)\n![図](img/none.png)\n");
  LoadedBook book = load_book(folder.path());
  ASSERT_EQ(book.diagnostics.size(), 6u) << ::testing::PrintToString(testing::messages(book.diagnostics));
  EXPECT_EQ(testing::messages(book.diagnostics),
            (std::vector<std::string>{
                "links: link to unknown page 'nope.md'",
                "links: link to unknown anchor '#nope' in b.md",
                "links: link to unknown anchor '#missing' in a.md",
                "links: link '/a.md' is absolute; use a path relative to this page",
                "links: link '../outside.md' points outside the book",
                "links: link to missing file 'img/none.png'",
            }));
  const std::string a = "# A\n\n本文。[x](nope.md) と [y](b.md#nope)\n\n- [](#missing)\n";
  EXPECT_EQ(book.diagnostics[0].begin, a.find("[x]"));
  EXPECT_EQ(book.diagnostics[1].begin, a.find("[y]"));
  EXPECT_EQ(book.diagnostics[2].begin, a.find("[](#missing)"));
  EXPECT_EQ(book.diagnostics[5].begin, std::string("# B\n\n[abs](/a.md)\n[out](../outside.md)\n").size());
  for (const Diagnostic& d : book.diagnostics) EXPECT_EQ(d.severity, Severity::Error);
}

TEST(BrokenLinks, AreWarningsWithLinksWarnAndLeaveNoDeadLink) {
  TempFolder folder;
  folder.write("a.md", "# A\n\n[本文](nope.md)と[](#missing)。![図](none.png)\n");
  LoadedBook book = load_book(folder.path(), /*links_warn=*/true);
  ASSERT_EQ(book.diagnostics.size(), 3u);
  for (const Diagnostic& d : book.diagnostics) EXPECT_EQ(d.severity, Severity::Warning);
  std::string html = render_content(*book.config, book.pages[0], Variant::Site);
  EXPECT_EQ(html, "<h1 id=\"a\">A</h1>\n<p>本文と#missing。図</p>\n");
}

TEST(BrokenLinks, AbsolutePathMessageNamesTheLinkAsWritten) {
  TempFolder folder;
  folder.write("a.md", "[x](/abs.md#y)\n");
  LoadedBook book = load_book(folder.path());
  ASSERT_EQ(book.diagnostics.size(), 1u);
  EXPECT_EQ(book.diagnostics[0].message, "link '/abs.md#y' is absolute; use a path relative to this page");
}

TEST(LinkedFiles, ImagesAndDownloadsAreCopiedWithRelativeUrls) {
  TempFolder folder;
  folder.write("tebiki.yml", "title: 例\nchapters:\n  - a.md\n  - guide/b.md\n");
  folder.write("a.md", "# A\n\n![図1](img/fig.png)\n[資料](files/doc.pdf)\n");
  folder.write("guide/b.md", "# B\n\n![図1](../img/fig.png)\n");
  folder.write("img/fig.png", "PNG");
  folder.write("files/doc.pdf", "PDF");
  LoadedBook book = load_book(folder.path());
  EXPECT_TRUE(book.diagnostics.empty()) << ::testing::PrintToString(testing::messages(book.diagnostics));
  EXPECT_EQ(book.assets, (LinkedAssets{"files/doc.pdf", "img/fig.png"}));
  std::string a = render_content(*book.config, book.page("a.md"), Variant::Site);
  EXPECT_NE(a.find("<img src=\"img/fig.png\" alt=\"図1\" />"), std::string::npos) << a;
  std::string b = render_content(*book.config, book.page("guide/b.md"), Variant::Site);
  EXPECT_NE(b.find("<img src=\"../img/fig.png\" alt=\"図1\" />"), std::string::npos) << b;
  std::string print = render_content(*book.config, book.page("guide/b.md"), Variant::Print);
  EXPECT_NE(print.find("<img src=\"img/fig.png\" alt=\"図1\" />"), std::string::npos) << print;
}

}  // namespace
}  // namespace tebiki
