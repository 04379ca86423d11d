// No script injection (issue 7): tests/hostile/injection-book carries script in every field
// that reaches a page (titles, headings, front matter, raw HTML, links, glossary, references,
// check items). Built without allow_html, every page parses as XML, and the only scripts,
// event handlers and script URLs in it are the theme's. With allow_html the raw HTML passes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <set>

#include "book_fixture.h"
#include "build.h"
#include "xrefs.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;
using testing::read_file;
using testing::TempFolder;

const fs::path kBook = fs::path(TEBIKI_HOSTILE_DIR) / "injection-book";

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Every element of a page, with a description of what it does wrong (empty: nothing).
std::vector<std::string> problems_of(const pugi::xml_document& page) {
  static const std::set<std::string> kThemeScripts = {"assets/tebiki.js", "assets/tebiki-search.js",
                                                      "assets/tebiki-checksheet.js", "toc.js"};
  std::vector<std::string> problems;
  for (pugi::xpath_node found : page.select_nodes("//*")) {
    pugi::xml_node element = found.node();
    std::string name = lower(element.name());
    for (pugi::xml_attribute attribute : element.attributes()) {
      std::string key = lower(attribute.name()), value = lower(attribute.value());
      value.erase(std::remove_if(value.begin(), value.end(),
                                 [](unsigned char c) { return std::isspace(c); }),
                  value.end());
      if (key.starts_with("on")) problems.push_back("<" + name + " " + key + "=…>");
      if ((key == "href" || key == "src") &&
          (value.starts_with("javascript:") || value.starts_with("data:text"))) {
        problems.push_back("<" + name + " " + key + "=\"" + attribute.value() + "\">");
      }
    }
    if (name == "script" && !kThemeScripts.count(element.attribute("src").value()) &&
        std::string(element.attribute("type").value()) != "application/json") {
      problems.push_back("<script>" + std::string(element.child_value()) + "</script>");
    }
    if (name == "iframe" || name == "object" || name == "embed" || name == "svg" || name == "img") {
      problems.push_back("<" + name + "> from content");
    }
  }
  return problems;
}

struct BuiltSite {
  TempFolder folder;
  BuildResult result;
  fs::path site() const { return folder.path() / "site"; }
};

std::unique_ptr<BuiltSite> build(const fs::path& source) {
  auto built = std::make_unique<BuiltSite>();
  BuildOptions options;
  options.source_dir = source;
  options.output_dir = built->site();
  options.links = "warn";
  built->result = build_book(options);
  return built;
}

std::vector<fs::path> pages_of(const fs::path& site) {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(site)) {
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

TEST(Injection, NoScriptFromContentRunsInAnyPage) {
  auto built = build(kBook);
  ASSERT_FALSE(built->result.failed_to_start);
  ASSERT_EQ(built->result.write_error, "");
  std::vector<fs::path> pages = pages_of(built->site());
  ASSERT_GE(pages.size(), 7u);
  for (const fs::path& path : pages) {
    std::string html = read_file(path);
    pugi::xml_document page;
    pugi::xml_parse_result parsed =
        page.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype);
    ASSERT_TRUE(parsed) << path << ": " << parsed.description() << " at byte " << parsed.offset;
    EXPECT_EQ(problems_of(page), std::vector<std::string>{}) << path;
    EXPECT_EQ(page.select_nodes("//title").size(), 1u) << path;
  }
}

// The JSON of the check sheet sits in a <script> element: `</script>` or `<!--` in it would
// end it early, whatever the JSON means.
TEST(Injection, CheckSheetJsonCannotCloseItsScript) {
  auto built = build(kBook);
  std::string html = read_file(built->site() / "checksheet.html");
  std::size_t open = html.find("<script type=\"application/json\" id=\"checksheet-data\">");
  ASSERT_NE(open, std::string::npos);
  std::size_t start = html.find('>', open) + 1, end = html.find("</script>", start);
  std::string json = lower(html.substr(start, end - start));
  EXPECT_EQ(json.find("</script"), std::string::npos);
  EXPECT_EQ(json.find("<!--"), std::string::npos);
  EXPECT_NE(json.find("window.__pwned = 'question'"), std::string::npos)
      << "the question is not in the data";
}

TEST(Injection, ContentKeepsItsTextShownAsWritten) {
  auto built = build(kBook);
  std::string chapter = read_file(built->site() / "chapter1.html");
  EXPECT_NE(chapter.find("本文に &lt;script&gt;window.__pwned = 'inline html'&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(chapter.find("<p>リンク と 大文字、実体、javascript:window.__pwned='autolink'、"),
            std::string::npos);
  EXPECT_NE(
      chapter.find("id=\"x&quot;onfocus=&quot;window.__pwned=&#39;id&#39;&quot;autofocus=&quot;\""),
      std::string::npos);
  std::string glossary = read_file(built->site() / "glossary.html");
  EXPECT_NE(glossary.find(
                "<p>要求に応える計算機&lt;script&gt;window.__pwned = 'description'&lt;/script&gt;"),
            std::string::npos);
}

TEST(Injection, RawHtmlAndScriptLinksAreReported) {
  auto built = build(kBook);
  std::set<std::pair<std::size_t, std::string>> found;
  const std::string chapter = (kBook / "chapter1.md").string();
  SourceFile source(chapter, read_file(chapter));
  for (const Diagnostic& d : built->result.diagnostics) {
    if (d.rule == "raw-html")
      found.insert({source.position(d.begin).line, d.message.substr(0, 24)});
  }
  for (std::size_t line : {4, 6, 9, 11, 13, 29, 31, 35}) {
    EXPECT_TRUE(found.count({line, "raw HTML is shown as tex"})) << "line " << line;
  }
  EXPECT_TRUE(found.count({15, "link 'javascript:window."}));
  EXPECT_TRUE(found.count({17, "link 'data:text/html,<sc"}));
}

TEST(Injection, AllowHtmlPassesRawHtmlThrough) {
  TempFolder book;
  book.write("tebiki.yml", "title: 本\nchapters: [a.md]\nallow_html: true\n");
  book.write("a.md", "# 見出し\n\n<div class=\"note\">注記</div>\n\n本文 <kbd>Ctrl</kbd>。\n");
  auto built = build(book.path());
  EXPECT_TRUE(built->result.diagnostics.empty());
  std::string page = read_file(built->site() / "a.html");
  EXPECT_NE(page.find("<div class=\"note\">注記</div>"), std::string::npos);
  EXPECT_NE(page.find("本文 <kbd>Ctrl</kbd>。"), std::string::npos);
}

TEST(Injection, ReferenceUrlThatRunsScriptIsRefused) {
  TempFolder book;
  book.write("tebiki.yml", "title: 本\nchapters: [a.md]\nreferences: references.yml\n");
  book.write("a.md", "# 見出し\n");
  book.write("references.yml",
             "- id: x\n  body: ISO\n  title: 題\n  url: \" JavaScript:alert(1)\"\n");
  auto built = build(book.path());
  EXPECT_TRUE(built->result.failed_to_start);
  ASSERT_EQ(built->result.errors.size(), 1u);
  EXPECT_EQ(built->result.errors[0].to_string(),
            (book.path() / "references.yml").string() +
                ":4:8: error: url of reference 'x' would run script");
}

TEST(Injection, ScriptUrlsAsBrowsersReadThem) {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:x", " \x01javascript:x",
                          "java\tscript:x", "java\nscript:x", "vbscript:x", "file:///etc/passwd",
                          "data:text/html,<b>", "DATA:image/svg+xml,<svg>"}) {
    EXPECT_TRUE(is_script_url(url)) << url;
  }
  for (const char* url : {"https://example.com/", "chapter1.md#javascript:", "mailto:a@example.com",
                          "data:image/png;base64,AAAA", "./javascript:x", "#top", ""}) {
    EXPECT_FALSE(is_script_url(url)) << url;
  }
}

}  // namespace
}  // namespace tebiki
