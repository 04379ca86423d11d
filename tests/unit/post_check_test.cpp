// Pass 7 (post_check): every produced page parses, every internal href/src and #fragment
// resolves, every id is unique in its page. Findings name the page and the link.
#include <gtest/gtest.h>

#include <algorithm>

#include "post_check.h"

namespace tebiki {
namespace {

/// A well-formed page with the given body.
std::string page(const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\" /><title>t</title></head><body>" +
         body + "</body></html>\n";
}

std::vector<std::string> findings(const SiteFiles& files, const ScriptLinks& script_links = {}) {
  Diagnostics diagnostics;
  post_check(files, diagnostics, nullptr, script_links);
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    EXPECT_EQ(d.rule, "post-check");
    EXPECT_EQ(d.severity, Severity::Error);
    out.push_back(d.file + ": " + d.message);
  }
  return out;
}

TEST(PostCheck, AConsistentSiteHasNoFindings) {
  SiteFiles files = {
      {"index.html", page("<h1 id=\"top\">t</h1><a href=\"chapter1.html\">1</a><a href=\"#top\">top</a>"
                          "<a href=\"chapter1.html#%E8%83%8C%E6%99%AF\">背景</a><a href=\"guide/\">guide</a>"
                          "<img src=\"img/a.png\" alt=\"\" /><a href=\"https://example.jp/#x\">ext</a>"
                          "<a href=\"mailto:a@example.jp\">mail</a><a href=\"\">empty</a><a href=\"#\">top</a>")},
      {"chapter1.html", page("<h2 id=\"背景\">背景</h2><a href=\"guide/index.html#g\">g</a>")},
      {"guide/index.html", page("<p id=\"g\"><a href=\"../index.html#top\">up</a><a href=\"../img/a.png#x\">img</a></p>")},
      {"img/a.png", "PNG"},
  };
  EXPECT_EQ(findings(files), std::vector<std::string>{});
}

TEST(PostCheck, FragmentsAreComparedDecodedWhetherRawOrPercentEncoded) {
  SiteFiles files = {
      {"a.html", page("<a href=\"b.html#背景\">1</a><a href=\"b.html#%E8%83%8C%E6%99%AF\">2</a>"
                      "<a href=\"./b.html#背景\">3</a><a href=\"b.html#導入\">4</a>")},
      {"b.html", page("<h2 id=\"背景\">背景</h2>")},
  };
  EXPECT_EQ(findings(files), std::vector<std::string>{"a.html: link 'b.html#導入' points to a missing anchor '#導入'"});
}

TEST(PostCheck, LinksWithinThePageAreCheckedInDocumentOrderAmongTheOthers) {
  SiteFiles files = {
      {"a.html", page("<h2 id=\"背景\">背景</h2><a href=\"#%E8%83%8C%E6%99%AF\">1</a><a href=\"#nope\">2</a>"
                      "<a href=\"b.html#gone\">3</a><a href=\"#%E5%B0%8E\">4</a><a href=\"a.html#x\">5</a>"
                      "<a href=\"#背景\">6</a>")},
      {"b.html", page("<p id=\"here\">b</p>")},
  };
  EXPECT_EQ(findings(files), (std::vector<std::string>{
                                 "a.html: link '#nope' points to a missing anchor '#nope'",
                                 "a.html: link 'b.html#gone' points to a missing anchor '#gone'",
                                 "a.html: link '#%E5%B0%8E' points to a missing anchor '#導'",
                                 "a.html: link 'a.html#x' points to a missing anchor '#x'",
                             }));
}

TEST(PostCheck, IdsAndLinksAreFoundAtEveryDepthAndAfterNestedElements) {
  SiteFiles files = {
      {"a.html", page("<div><ul><li><p><span id=\"deep\">x</span></p></li></ul></div>"
                      "<p><a href=\"#deep\">ok</a></p><div><div><a href=\"#gone\">x</a></div></div>"
                      "<p id=\"deep\">twice</p><img src=\"missing.png\" alt=\"\" />")},
  };
  EXPECT_EQ(findings(files), (std::vector<std::string>{
                                 "a.html: id 'deep' is used twice in the page",
                                 "a.html: link '#gone' points to a missing anchor '#gone'",
                                 "a.html: link 'missing.png' points to a missing file 'missing.png'",
                             }));
}

TEST(PostCheck, ALinkToAMissingFile) {
  SiteFiles files = {{"index.html", page("<a href=\"chapter9.html\">9</a>")},
                     {"guide/a.html", page("<img src=\"../img/none.png\" alt=\"\" />")}};
  EXPECT_EQ(findings(files),
            (std::vector<std::string>{
                "guide/a.html: link '../img/none.png' points to a missing file 'img/none.png'",
                "index.html: link 'chapter9.html' points to a missing file 'chapter9.html'"}));
}

TEST(PostCheck, ALinkToAMissingAnchor) {
  SiteFiles files = {
      {"index.html", page("<a href=\"chapter1.html#nope\">x</a><a href=\"#tebiki-top\">top</a>")},
      {"chapter1.html", page("<h2 id=\"背景\">背景</h2><a href=\"#%E8%83%8C%E6%99%AF%E3%81%A0\">x</a>")},
  };
  EXPECT_EQ(findings(files),
            (std::vector<std::string>{
                "chapter1.html: link '#%E8%83%8C%E6%99%AF%E3%81%A0' points to a missing anchor '#背景だ'",
                "index.html: link 'chapter1.html#nope' points to a missing anchor '#nope'",
                "index.html: link '#tebiki-top' points to a missing anchor '#tebiki-top'"}));
}

TEST(PostCheck, AnIdUsedTwice) {
  SiteFiles files = {{"print.html", page("<section id=\"a\"><h2 id=\"x\">1</h2></section><h2 id=\"x\">2</h2>")}};
  EXPECT_EQ(findings(files), (std::vector<std::string>{"print.html: id 'x' is used twice in the page"}));
}

TEST(PostCheck, APageThatIsNotWellFormed) {
  SiteFiles files = {{"a.html", page("<p><b>bold</p>")}, {"b.html", page("<p data-x>bare attribute</p>")}};
  std::vector<std::string> found = findings(files);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].starts_with("a.html: page is not well-formed at byte ")) << found[0];
  EXPECT_TRUE(found[1].starts_with("b.html: page is not well-formed at byte ")) << found[1];
}

TEST(PostCheck, LinksIntoAMalformedPageAreNotCheckedForAnchors) {
  SiteFiles files = {{"a.html", page("<a href=\"b.html#x\">x</a>")}, {"b.html", "<p>unclosed"}};
  std::vector<std::string> found = findings(files);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].starts_with("b.html: page is not well-formed")) << found[0];
}

TEST(PostCheck, OnlyHtmlFilesAreParsed) {
  SiteFiles files = {{"index.html", page("<a href=\"sitemap.xml\">map</a>")},
                     {"sitemap.xml", "<not html"},
                     {"assets/tebiki.js", "if (a < b && c) {}"}};
  EXPECT_EQ(findings(files), std::vector<std::string>{});
}

TEST(PostCheck, TheLinksOfAScriptAreCheckedFromItsFolder) {
  SiteFiles files = {{"index.html", page("<h1 id=\"top\">t</h1>")},
                     {"guide/a.html", page("<h2 id=\"x\">x</h2>")},
                     {"toc.js", "window.TEBIKI_TOC = [];"}};
  ScriptLinks links = {{"toc.js", {"index.html", "guide/a.html#x", "guide/b.html", "index.html#nope"}}};
  EXPECT_EQ(findings(files, links),
            (std::vector<std::string>{"toc.js: link 'guide/b.html' points to a missing file 'guide/b.html'",
                                      "toc.js: link 'index.html#nope' points to a missing anchor '#nope'"}));
}

TEST(PostCheck, ManyPagesGiveTheirFindingsInPathOrder) {
  SiteFiles files;
  for (int i = 0; i < 50; ++i) files["p" + std::to_string(100 + i) + ".html"] = page("<a href=\"none.html\">x</a>");
  std::vector<std::string> found = findings(files);
  ASSERT_EQ(found.size(), 50u);
  EXPECT_TRUE(std::is_sorted(found.begin(), found.end()));
}

}  // namespace
}  // namespace tebiki
