// scan_html (one pass over a page's tags and text) and scan_anchors on it (the post-check's
// reading of a page): well-formedness as an XML parser judges it, the ids and links in
// document order, and attribute values and text read as XML reads them.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <functional>
#include <random>

#include "html_scan.h"
#include "page_anchors.h"

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
      "<a href=\"t\r\nu\tv\">", "<div  id = \"sp\" >", "< p>", "<p id=\"e\"/>", "</ p>", "<a href=\"a\" href=\"b\">",
      "<!x>", "<!-->", "<!--->", "<? x?>", "<?>", "<!DOCTYPE d>", "<![CDATA x]]>", "<a href=\"z&#0;y\" id=\"&#4294967361;\">"};
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


/// The events of scan_html as one line each, with values read: "<p id=a", "T:text", "C:cdata", ">" (an end).
struct EventLog {
  std::vector<std::string> lines;

  void start_tag(std::string_view name, std::span<const HtmlAttribute> attributes) {
    std::string line = "<" + std::string(name);
    for (const HtmlAttribute& attribute : attributes) line += " " + std::string(attribute.name) + "=" + read_attribute(attribute.raw);
    lines.push_back(line);
  }
  void end_tag(std::string_view name) { lines.push_back(">" + std::string(name)); }
  void text(std::string_view raw) { lines.push_back("T:" + read_text(raw)); }
  void cdata(std::string_view raw) { lines.push_back("C:" + read_cdata(raw)); }
};

std::vector<std::string> events(std::string_view html) {
  EventLog log;
  auto error = scan_html(html, log);
  EXPECT_FALSE(error) << error->offset << ": " << error->description;
  return log.lines;
}

TEST(HtmlScan, EventsComeInDocumentOrderAndCommentsSplitTheText) {
  EXPECT_EQ(events("<!DOCTYPE html>\n<html lang=\"ja\"><p class='a b'>前<!-- c -->後<br/><?pi x?>末</p>"
                   "<![CDATA[<b>&amp;</b>]]></html>\n"),
            (std::vector<std::string>{"<html lang=ja", "<p class=a b", "T:前", "T:後", "<br", ">br", "T:末", ">p",
                                      "C:<b>&amp;</b>", ">html"}));
}

TEST(HtmlScan, TextIsReadAsXmlReadsIt) {
  EXPECT_EQ(read_text("A &amp; B &lt;c&gt; &quot;&apos; &#x5C0E;&#20837;"), "A & B <c> \"' 導入");
  EXPECT_EQ(read_text("&unknown; &amp &#; &#x; &#12a; &#X41; & x"), "&unknown; &amp &#; &#x; &#12a; &#X41; & x");
  EXPECT_EQ(read_text("a\r\nb\rc\n\td"), "a\nb\nc\n\td");
  EXPECT_EQ(read_text("&#13;&#10;"), "\r\n");  // a decoded line break is kept as it is
  EXPECT_EQ(read_cdata("&amp;\r\n"), "&amp;\n");
  EXPECT_EQ(read_attribute("a\tb\r\nc\rd\ne&#9;f"), "a b c d e\tf");
}

TEST(HtmlScan, NumericReferencesAreReadAsPugixmlReadsThem) {
  EXPECT_EQ(read_text("a&#0;b"), "a");                   // the value ends at a NUL
  EXPECT_EQ(read_text("&#4294967361;"), "A");            // 2^32 + 65: the value wraps around
  EXPECT_EQ(read_text("&#xD800;"), "\xED\xA0\x80");      // a surrogate is still encoded
  EXPECT_EQ(read_text("&#x110000;"), "\xF4\x90\x80\x80");  // past U+10FFFF too
  EXPECT_EQ(read_attribute("x&#0;y"), "x");
}

TEST(HtmlScan, DeclarationsThatAnXmlParserRejectsAreErrors) {
  for (std::string html : {"<p><!x></p>", "<p><!DOCTYPE html></p>", "<p><? x?></p>", "<p><!--></p>",
                           "<p><![CDATA x]]></p>", "<p><!doctype></p>"}) {
    EventLog log;
    EXPECT_TRUE(scan_html(html, log)) << html;
  }
}

// The text and CDATA that the scan reports, read, are pugixml's text nodes (parse_ws_pcdata:
// white space too), and the attributes its attributes, for random pages.
TEST(HtmlScan, TextAndAttributesAgreeWithAnXmlParserOnRandomPages) {
  const std::vector<std::string> pieces = {
      "<p>", "</p>", "<b class=\"x&#9;y&#0;z\" id='t\tu\r\nv'>", "</b>", "<br/>", " ", "\r\n", "\r", "\t", "文", "a b",
      "&amp;", "&lt;&gt;", "&#0;x", "&#;", "&#x;", "&#12a;", "&unknown;", "&amp", "&#4294967361;", "&#xD800;", "&#x110000;",
      "&#13;", "<![CDATA[c\r\nd<e>]]>", "<![CDATA[]]>", "<!-- c -->", "<?pi x?>", "<i id=\"&#x41;&quot;\"/>"};
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string html = "<div>";
    int count = static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) html += pieces[random() % pieces.size()];
    html += "</div>";
    pugi::xml_document document;
    if (!document.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata)) continue;
    std::vector<std::string> expected;
    std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node node) {
      if (node.type() == pugi::node_pcdata) return expected.push_back("T:" + std::string(node.value()));
      if (node.type() == pugi::node_cdata) return expected.push_back("C:" + std::string(node.value()));
      std::string line = "<" + std::string(node.name());
      for (pugi::xml_attribute attribute : node.attributes()) line += " " + std::string(attribute.name()) + "=" + attribute.value();
      expected.push_back(line);
      for (pugi::xml_node child : node.children()) walk(child);
      expected.push_back(">" + std::string(node.name()));
    };
    walk(document.document_element());
    EXPECT_EQ(events(html), expected) << html;
  }
}

}  // namespace
}  // namespace tebiki
