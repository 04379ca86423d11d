// scan_anchors (the post-check's reading of a page): well-formedness as an XML parser judges
// it, and the ids and links in document order, with attribute values read as XML reads them.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <random>

#include "html_scan.h"

namespace tebiki {
namespace {

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

PageAnchors scanned(std::string_view html) {
  PageAnchors anchors;
  auto error = scan_anchors(html, anchors);
  EXPECT_FALSE(error) << error->offset << ": " << error->description;
  return anchors;
}

std::optional<HtmlError> error_of(std::string_view html) {
  PageAnchors anchors;
  return scan_anchors(html, anchors);
}

TEST(HtmlScan, IdsAndLinksInDocumentOrderAtEveryDepth) {
  PageAnchors found = scanned(
      "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\" /><link rel=\"stylesheet\" href=\"a.css\" />"
      "</head><body><h1 id=\"top\">t</h1><div><ul><li><a href=\"#top\" id=\"l\">x</a></li></ul></div>"
      "<img src=\"i.png\" alt=\"\"/><p id=\"背景\">本文</p></body></html>\n");
  EXPECT_EQ(strings(found.ids), (std::vector<std::string>{"top", "l", "背景"}));
  EXPECT_EQ(strings(found.links), (std::vector<std::string>{"a.css", "#top", "i.png"}));
}

TEST(HtmlScan, AnElementGivesItsHrefElseItsSrcAndTheFirstOfEachAttribute) {
  PageAnchors found = scanned("<p><a src=\"s\" href=\"h\" id=\"a\" id=\"b\">x</a><img src=\"one\" src=\"two\" /></p>");
  EXPECT_EQ(strings(found.ids), std::vector<std::string>{"a"});
  EXPECT_EQ(strings(found.links), (std::vector<std::string>{"h", "one"}));
}

TEST(HtmlScan, AttributeValuesAreDecodedAsXmlReadsThem) {
  PageAnchors found = scanned(
      "<p><a href=\"a.html?x=1&amp;y=2\">1</a><a href='b.html#&#x5C0E;&#20837;'>2</a>"
      "<a href=\"c&unknown;d\">3</a><a href=\"line\r\nbreak\ttab\">4</a><a id=\"&quot;&lt;&gt;&apos;\">5</a></p>");
  EXPECT_EQ(strings(found.links),
            (std::vector<std::string>{"a.html?x=1&y=2", "b.html#導入", "c&unknown;d", "line break tab"}));
  EXPECT_EQ(strings(found.ids), std::vector<std::string>{"\"<>'"});
}

TEST(HtmlScan, CommentsCdataAndProcessingInstructionsHideTheirMarkup) {
  PageAnchors found = scanned(
      "<?xml version=\"1.0\"?><div><!-- <a href=\"no.html\"> --><![CDATA[<p id=\"no\">]]>"
      "<?pi <a href=\"no\"> ?><a href=\"yes.html\">y</a></div>");
  EXPECT_TRUE(found.ids.empty());
  EXPECT_EQ(strings(found.links), std::vector<std::string>{"yes.html"});
}

TEST(HtmlScan, MarkupThatDoesNotNestOrCloseIsAnErrorWithItsOffset) {
  struct Case {
    std::string html;
    std::size_t offset;
  };
  for (const Case& c : std::vector<Case>{{"<p><b>x</p>", 7},
                                         {"<p>unclosed", 11},
                                         {"<p data-x>bare</p>", 9},
                                         {"<p id=x>unquoted</p>", 6},
                                         {"<p id=\"open>x</p>", 6},
                                         {"<p>a < b</p>", 5},
                                         {"text only", 9},
                                         {"</p>", 0},
                                         {"<p><!-- never closed</p>", 4},
                                         {"<p id=\"a\"class=\"b\">glued</p>", 9}}) {
    auto error = error_of(c.html);
    ASSERT_TRUE(error) << c.html;
    EXPECT_EQ(error->offset, c.offset) << c.html;
    EXPECT_FALSE(error->description.empty());
  }
}

// The scan and pugixml (which the post-check used before) agree on what is well-formed, and
// on the ids and links, for random pages made of a small alphabet of markup pieces.
TEST(HtmlScan, AgreesWithAnXmlParserOnRandomPages) {
  const std::vector<std::string> pieces = {
      "<p>", "</p>", "<div id=\"d\">", "</div>", "<a href=\"x.html#y\">", "</a>", "<br />", "text ",
      "<img src=\"i.png\" />", "<!-- c -->", "<span id='s' class=\"c\">", "</span>", "&amp;", "<b>", "</b>",
      "<a href=\"&#x41;b\" id=\"q&amp;\">", "<![CDATA[ <x> ]]>", "<?pi x?>", "<p\nid=\"n\">",
      "<a href=\"t\r\nu\tv\">", "<div  id = \"sp\" >", "< p>", "<p id=\"e\"/>", "</ p>", "<a href=\"a\" href=\"b\">"};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string html;
    int count = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) html += pieces[random() % pieces.size()];
    pugi::xml_document document;
    bool xml_ok = document.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype);
    PageAnchors anchors;
    bool scan_ok = !scan_anchors(html, anchors);
    ASSERT_EQ(scan_ok, xml_ok) << html;
    if (!xml_ok) continue;
    std::vector<std::string> ids, links;
    for (pugi::xpath_node node : document.select_nodes("//*")) {
      pugi::xml_node element = node.node();
      if (element.attribute("id")) ids.push_back(element.attribute("id").value());
      if (element.attribute("href")) links.push_back(element.attribute("href").value());
      else if (element.attribute("src")) links.push_back(element.attribute("src").value());
    }
    EXPECT_EQ(strings(anchors.ids), ids) << html;
    EXPECT_EQ(strings(anchors.links), links) << html;
  }
}

}  // namespace
}  // namespace tebiki
