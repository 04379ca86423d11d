// The sidebar's contents as one shared script (contents_script.h): toc.js holds every page
// once, each page's sidebar only its own entry, and the script is loaded with the page's root
// prefix. The browser side is tested in tests/browser/site.test.mjs.
#include <gtest/gtest.h>

#include "book_fixture.h"
#include "build.h"
#include "build_cache.h"
#include "contents_script.h"

namespace tebiki {
namespace {
using testing::TempFolder;

class ContentsScript : public ::testing::Test {
 protected:
  void SetUp() override {
    folder.write("tebiki.yml", "title: 例の本\nchapters:\n  - a.md\n  - part/b.md\n");
    folder.write("a.md", "# はじめに\n\n## 目的\n\n本文。[](part/b.md)\n");
    folder.write("part/b.md", "# <続き> の章\n\n## 詳細\n\n本文。\n");
    options.source_dir = folder.path();
    options.write = false;
    options.lint = false;
    options.cache = &cache;
  }

  BuildResult build() { return build_book(options); }

  TempFolder folder;
  BuildCache cache;
  BuildOptions options;
};

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_F(ContentsScript, HoldsEveryPageOnceWithHrefsFromTheRoot) {
  BuildResult result = build();
  ASSERT_FALSE(result.failed_to_start);
  EXPECT_TRUE(result.diagnostics.empty());
  const std::string& script = cache.files.at("toc.js");
  EXPECT_TRUE(script.starts_with("window.TEBIKI_TOC = [[\"a.html\",\"第1章 はじめに\"],"
                                 "[\"part/b.html\",\"第2章 \\u003c続き> の章\"]];\n"))
      << script.substr(0, 200);
  EXPECT_NE(script.find("document.currentScript"), std::string::npos) << "the theme's filling code follows";
}

TEST_F(ContentsScript, EachPageListsOnlyItselfAndLoadsTheScriptFromItsRoot) {
  ASSERT_FALSE(build().failed_to_start);
  const std::string& a = cache.files.at("a.html");
  const std::string& b = cache.files.at("part/b.html");
  EXPECT_EQ(count(a, "class=\"tebiki-toc-page"), 1u);
  EXPECT_NE(a.find("<a href=\"a.html\" aria-current=\"page\">第1章 はじめに</a>"), std::string::npos);
  EXPECT_NE(a.find("<li><a href=\"a.html#目的\">1.1 目的</a></li>"), std::string::npos) << "its sections";
  EXPECT_NE(a.find("<script src=\"toc.js\"></script>"), std::string::npos);
  EXPECT_NE(b.find("<script src=\"../toc.js\"></script>"), std::string::npos);
  EXPECT_NE(b.find("<noscript><p class=\"tebiki-toc-fallback\"><a href=\"../index.html\">"), std::string::npos);
  EXPECT_EQ(count(b, "part/b.html\" aria-current=\"page\""), 1u);
}

TEST(ContentsScriptText, EscapesLineSeparatorsAndTags) {
  std::string script = contents_script({{"a.html", "x\u2028y</script>"}}, "//code\n");
  EXPECT_EQ(script, "window.TEBIKI_TOC = [[\"a.html\",\"x\\u2028y\\u003c/script>\"]];\n//code\n");
}

TEST(ContentsScriptText, LinksAreTheHrefsInOrder) {
  EXPECT_EQ(contents_links({{"b.html", "B"}, {"a/c.html", "C"}}), (std::vector<std::string>{"b.html", "a/c.html"}));
}

}  // namespace
}  // namespace tebiki
