// Renders theme/page.mustache with sample contexts shaped like the generator's and checks the
// contract with it: no template error, well-formed XHTML-compatible markup, unique ids, the
// current page marked, root-relative hrefs, and optional parts that vanish when absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {
namespace mustache = kainjow::mustache;

const std::string kThemeDir = TEBIKI_THEME_DIR;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The generator's escaping: only the five entities the post-check accepts.
std::string escape_html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

mustache::data link(const std::string& title, const std::string& href) {
  mustache::data item;
  item.set("title", title);
  item.set("href", href);
  return item;
}

struct Sample {
  std::string root = "../";
  std::string kind = "chapter";
  std::string book_title = "MSS選定ガイドライン";
  bool prev = true;
  bool next = true;
  bool page_toc = true;
  bool canonical = true;
  bool build_date = true;
};

mustache::data words() {
  mustache::data w;
  const char* pairs[][2] = {{"toc", "目次"},           {"page_toc", "このページの内容"},
                            {"prev", "前へ"},          {"next", "次へ"},
                            {"home", "表紙"},          {"print", "印刷用ページ"},
                            {"skip", "本文へ移動"},    {"menu", "メニュー"},
                            {"top", "ページの先頭へ"}, {"breadcrumb", "現在位置"},
                            {"pager", "前後のページ"}};
  for (const auto& pair : pairs) w.set(pair[0], std::string(pair[1]));
  return w;
}

mustache::data sidebar_page(const std::string& title, const std::string& href, bool current) {
  mustache::data page = link(title, href);
  page.set("current", current);
  mustache::data sections{mustache::data::type::list};
  sections.push_back(link("1.1 背景", href + "#背景"));
  sections.push_back(link("1.2 MSS等の定義", href + "#mss等の定義"));
  page.set("has_sections", true);
  page.set("sections", sections);
  return page;
}

// The generator gives the sidebar the current page only; toc.js adds the others in the browser.
mustache::data sidebar(const std::string& root) {
  mustache::data pages{mustache::data::type::list};
  pages.push_back(sidebar_page("第1章 はじめに", root + "chapter1.html", true));
  return pages;
}

mustache::data page_toc() {
  mustache::data items{mustache::data::type::list};
  for (auto [title, href, depth] :
       {std::tuple{"1.1 背景", "#背景", 2}, {"1.1.1 経緯", "#経緯", 3}}) {
    mustache::data item = link(title, href);
    item.set("depth", std::to_string(depth));
    item.set("depth3", depth == 3);
    items.push_back(item);
  }
  return items;
}

/// A chapter body as the generator renders it; "{root}" stands for the root prefix.
std::string content(const std::string& root) {
  std::string html = R"(<h1 id="はじめに"><span class="secno">第1章</span> はじめに</h1>
<h2 id="背景"><span class="secno">1.1</span> 背景</h2>
<p><a class="term" href="{root}glossary.html#mss">MSS</a>と<a
 class="cite" href="{root}references.html#jis" title="JIS Q 27001">JIS Q 27001:2006</a></p>
<h3 id="経緯"><span class="secno">1.1.1</span> 経緯</h3>
<div class="table-wrap"><table class="checklist"><thead><tr><th>ID</th><th>確認項目</th>
<th>理由</th><th>重み</th></tr></thead><tbody><tr><td>A-1</td><td>24時間監視</td>
<td>夜間の攻撃</td><td>5</td></tr></tbody></table></div>
)";
  for (std::size_t at; (at = html.find("{root}")) != std::string::npos;) {
    html.replace(at, 6, root);
  }
  return html;
}

mustache::data context(const Sample& s) {
  mustache::data ctx;
  ctx.set("lang", std::string("ja"));
  ctx.set("book_title", s.book_title);
  ctx.set("page_title", std::string("第1章 はじめに"));
  ctx.set("head_title", "第1章 はじめに — " + s.book_title);
  ctx.set("description", std::string("MSSを選ぶ & 比べる 'ための' \"手引き\""));
  ctx.set("kind", s.kind);
  ctx.set("root", s.root);
  if (s.canonical) ctx.set("canonical", std::string("https://example.jp/mss/chapter1.html"));
  ctx.set("generator", std::string("tebiki 0.1.0"));
  if (s.build_date) ctx.set("build_date", std::string("2024-04-01"));
  ctx.set("words", words());
  mustache::data breadcrumb{mustache::data::type::list};
  breadcrumb.push_back(link("表紙", s.root + "index.html"));
  ctx.set("breadcrumb", breadcrumb);
  ctx.set("sidebar", sidebar(s.root));
  ctx.set("has_page_toc", s.page_toc);
  ctx.set("page_toc", s.page_toc ? page_toc() : mustache::data{mustache::data::type::list});
  ctx.set("content", content(s.root));
  ctx.set("has_pager", s.prev || s.next);
  if (s.prev) ctx.set("prev", link("表紙", s.root + "index.html"));
  if (s.next) ctx.set("next", link("第2章 導入", s.root + "chapter2.html"));
  ctx.set("footer", std::string("<p>© 2024 日本ネットワークセキュリティ協会</p>"));
  return ctx;
}

/// Renders the template; fails the test on any kainjow error.
std::string render(const Sample& sample) {
  mustache::mustache tmpl{read_file(kThemeDir + "/page.mustache")};
  EXPECT_TRUE(tmpl.is_valid()) << tmpl.error_message();
  tmpl.set_custom_escape(escape_html);
  std::string html = tmpl.render(context(sample));
  EXPECT_TRUE(tmpl.is_valid()) << tmpl.error_message();
  return html;
}

// parse_default rejects mismatched and unclosed tags, unquoted attributes and stray '<'.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_doctype;

void parse(const std::string& html, pugi::xml_document& doc) {
  pugi::xml_parse_result result = doc.load_buffer(html.data(), html.size(), kParseFlags);
  ASSERT_TRUE(result) << result.description() << " at byte " << result.offset << ": "
                      << html.substr(static_cast<std::size_t>(result.offset), 80);
}

pugi::xpath_node_set select(const pugi::xml_document& doc, const std::string& xpath) {
  return doc.select_nodes(xpath.c_str());
}

std::string has_class(const std::string& name) {
  return "contains(concat(' ', @class, ' '), ' " + name + " ')";
}

std::string link_target(pugi::xml_node node) {
  return node.attribute("href") ? node.attribute("href").value() : node.attribute("src").value();
}

bool inside_content(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (std::string(node.attribute("class").value()) == "tebiki-content") return true;
  }
  return false;
}

TEST(Theme, RendersWellFormedForEveryKind) {
  for (const char* kind : {"front", "chapter", "appendix", "print", "404"}) {
    Sample sample;
    sample.kind = kind;
    std::string html = render(sample);
    ASSERT_TRUE(html.starts_with("<!DOCTYPE html>\n")) << kind;
    pugi::xml_document doc;
    parse(html, doc);
    EXPECT_STREQ(doc.document_element().name(), "html");
    EXPECT_STREQ(doc.document_element().attribute("lang").value(), "ja");
    EXPECT_EQ(select(doc, "//body[" + has_class(std::string("tebiki-kind-") + kind) + "]").size(),
              1u)
        << kind;
  }
}

TEST(Theme, UsesOnlyTheFiveSafeEntities) {
  Sample sample;
  sample.book_title = "A&B <手引き> \"'";
  std::string html = render(sample);
  std::regex bad_entity("&(?!(amp|lt|gt|quot|#39);)");
  EXPECT_FALSE(std::regex_search(html, bad_entity));
  pugi::xml_document doc;
  parse(html, doc);
  EXPECT_EQ(std::string(select(doc, "//header/a").first().node().text().get()), sample.book_title);
  EXPECT_EQ(
      std::string(select(doc, "//meta[@name='description']/@content").first().attribute().value()),
      "MSSを選ぶ & 比べる 'ための' \"手引き\"");
}

TEST(Theme, IdsAreUniqueAndThemeIdsArePrefixed) {
  pugi::xml_document doc;
  parse(render(Sample{}), doc);
  std::set<std::string> ids;
  for (const pugi::xpath_node& node : select(doc, "//*[@id]")) {
    std::string id = node.node().attribute("id").value();
    EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
    EXPECT_TRUE(inside_content(node.node()) || id.starts_with("tebiki-")) << id;
  }
  EXPECT_TRUE(ids.contains("tebiki-main"));
}

TEST(Theme, LocalLinksAndAssetsResolve) {
  pugi::xml_document doc;
  parse(render(Sample{}), doc);
  for (const pugi::xpath_node& node : select(doc, "//*[@href] | //*[@src]")) {
    std::string href = link_target(node.node());
    if (href.starts_with("#")) {
      EXPECT_EQ(select(doc, "//*[@id='" + href.substr(1) + "']").size(), 1u) << href;
    } else if (href.starts_with("../assets/")) {
      EXPECT_TRUE(std::filesystem::exists(kThemeDir + href.substr(2))) << href;
    }
  }
}

TEST(Theme, MarksTheCurrentPageAndExpandsOnlyItsSections) {
  pugi::xml_document doc;
  parse(render(Sample{}), doc);
  pugi::xpath_node_set current =
      select(doc, "//nav[@id='tebiki-sidebar']//a[@aria-current='page']");
  ASSERT_EQ(current.size(), 1u);
  EXPECT_STREQ(current.first().node().attribute("href").value(), "../chapter1.html");
  EXPECT_EQ(
      select(doc, "//nav[@id='tebiki-sidebar']//li[" + has_class("tebiki-current") + "]").size(),
      1u);
  EXPECT_EQ(select(doc, "//li[" + has_class("tebiki-current") + "]/ol/li/a").size(), 2u);
  EXPECT_EQ(
      select(doc, "//nav[@id='tebiki-sidebar']//a[starts-with(@href, '../chapter2.html#')]").size(),
      0u);
  EXPECT_EQ(select(doc, "//nav[@id='tebiki-sidebar']//a").size(), 4u) << "the page, 2 sections, the fallback";
}

TEST(Theme, LoadsTheSharedContentsAfterTheListWithAFallbackWithoutScript) {
  for (const std::string root : {"../", ""}) {
    Sample sample;
    sample.root = root;
    pugi::xml_document doc;
    parse(render(sample), doc);
    pugi::xpath_node_set script = select(doc, "//ol[@id='tebiki-toc']/following-sibling::script[1]");
    ASSERT_EQ(script.size(), 1u);
    EXPECT_EQ(std::string(script.first().node().attribute("src").value()), root + "toc.js");
    EXPECT_FALSE(script.first().node().attribute("defer")) << "it fills the list before the page is shown";
    pugi::xpath_node_set fallback = select(doc, "//nav[@id='tebiki-sidebar']//noscript//a");
    ASSERT_EQ(fallback.size(), 1u);
    EXPECT_EQ(std::string(fallback.first().node().attribute("href").value()), root + "index.html");
  }
}

TEST(Theme, PrefixesRootOnEveryHrefItWrites) {
  for (const std::string root : {"../", "", "../../"}) {
    Sample sample;
    sample.root = root;
    pugi::xml_document doc;
    parse(render(sample), doc);
    EXPECT_EQ(
        select(doc, "//link[@rel='stylesheet' and @href='" + root + "assets/tebiki.css']").size(),
        1u);
    EXPECT_EQ(
        select(doc, "//link[@rel='stylesheet' and @href='" + root + "assets/tebiki-article.css']")
            .size(),
        1u);
    EXPECT_EQ(select(doc, "//script[@src='" + root + "assets/tebiki.js']").size(), 1u);
    EXPECT_EQ(select(doc, "//script[@src='" + root + "assets/tebiki-search.js']").size(), 1u);
    EXPECT_EQ(select(doc, "//link[@rel='stylesheet' and @href='" + root + "assets/tebiki-search.css']").size(), 1u);
    EXPECT_EQ(select(doc, "//header/a[@href='" + root + "index.html']").size(), 1u);
    EXPECT_EQ(select(doc, "//footer//a[@href='" + root + "print.html']").size(), 1u);
    for (const pugi::xpath_node& node : select(doc, "//*[@href] | //*[@src]")) {
      if (inside_content(node.node())) continue;
      std::string href = link_target(node.node());
      std::string rest = href.starts_with(root) ? href.substr(root.size()) : "/";
      bool relative_to_root =
          !rest.starts_with("/") && !rest.starts_with("../") && !rest.starts_with("#");
      EXPECT_TRUE(href.starts_with("#") || href.starts_with("https://") || relative_to_root)
          << "root '" << root << "': " << href;
    }
  }
}

TEST(Theme, PrevAndNextDisappearWhenAbsent) {
  pugi::xml_document both;
  parse(render(Sample{}), both);
  EXPECT_EQ(select(both, "//a[@rel='prev' and @href='../index.html']").size(), 1u);
  EXPECT_EQ(select(both, "//a[@rel='next' and @href='../chapter2.html']").size(), 1u);

  Sample only_prev;
  only_prev.next = false;
  pugi::xml_document prev;
  parse(render(only_prev), prev);
  EXPECT_EQ(select(prev, "//a[@rel='prev']").size(), 1u);
  EXPECT_EQ(select(prev, "//a[@rel='next']").size(), 0u);

  Sample neither;
  neither.prev = neither.next = false;
  std::string html = render(neither);
  // No empty navigation landmark.
  EXPECT_EQ(html.find("tebiki-pager"), std::string::npos);
  EXPECT_EQ(html.find("rel=\"prev\""), std::string::npos);
  EXPECT_EQ(html.find("rel=\"next\""), std::string::npos);
}

TEST(Theme, PageTocShowsDepthsAndDisappearsWhenAbsent) {
  pugi::xml_document with;
  parse(render(Sample{}), with);
  EXPECT_EQ(select(with, "//nav[" + has_class("tebiki-page-toc") + "]//a").size(), 2u);
  EXPECT_EQ(select(with, "//nav[" + has_class("tebiki-page-toc") +
                             "]//li[@class='tebiki-depth3']/a[@href='#経緯']")
                .size(),
            1u);

  Sample sample;
  sample.page_toc = false;
  pugi::xml_document without;
  parse(render(sample), without);
  EXPECT_EQ(select(without, "//*[" + has_class("tebiki-page-toc") + "]").size(), 0u);
}

TEST(Theme, CanonicalAndBuildDateOnlyWhenGiven) {
  pugi::xml_document with;
  parse(render(Sample{}), with);
  EXPECT_EQ(
      select(with, "//link[@rel='canonical' and @href='https://example.jp/mss/chapter1.html']")
          .size(),
      1u);
  EXPECT_EQ(select(with, "//footer/p[contains(., '2024-04-01')]").size(), 1u);

  Sample sample;
  sample.canonical = sample.build_date = false;
  std::string html = render(sample);
  EXPECT_EQ(html.find("canonical"), std::string::npos);
  EXPECT_EQ(html.find(" · "), std::string::npos);
}

TEST(Theme, HasLabelledLandmarksAndASkipLink) {
  pugi::xml_document doc;
  parse(render(Sample{}), doc);
  pugi::xml_node body = select(doc, "//body").first().node();
  pugi::xml_node skip = body.first_child();
  EXPECT_STREQ(skip.attribute("href").value(), "#tebiki-main");
  EXPECT_EQ(select(doc, "//header").size(), 1u);
  EXPECT_EQ(select(doc, "//main[@id='tebiki-main']").size(), 1u);
  EXPECT_EQ(select(doc, "//footer").size(), 1u);
  std::set<std::string> labels;
  for (const pugi::xpath_node& nav : select(doc, "//nav")) {
    std::string label = nav.node().attribute("aria-label").value();
    EXPECT_FALSE(label.empty()) << nav.node().attribute("class").value();
    EXPECT_TRUE(labels.insert(label).second) << "two navs labelled " << label;
  }
  EXPECT_TRUE(labels.contains("目次"));
  EXPECT_EQ(
      select(doc, "//label[@for='tebiki-menu-toggle' and normalize-space(.)='メニュー']").size(),
      1u);
}

}  // namespace
