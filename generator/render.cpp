#include "render.h"

#include <cmark-gfm.h>
#include <kainjow/mustache.hpp>

#include <chrono>
#include <cstring>
#include <ctime>
#include <memory>
#include <unordered_map>

#include "checksheet_page.h"
#include "embedded_files.h"
#include "script_data.h"
#include "xrefs.h"

namespace tebiki {
namespace mustache = kainjow::mustache;
namespace {

constexpr int kRenderOptions = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;  // raw HTML was vetted by transform_page

/// The texts of the page's top-level raw HTML blocks that are variants (a glossary entry's
/// back-links: most of a large glossary page), written as they are instead of set into the
/// tree and read back.
using BlockTexts = std::unordered_map<cmark_node*, const std::string*>;

BlockTexts apply_variant(Page& page, Variant variant) {
  BlockTexts blocks;
  cmark_node* root = page.document->root();
  for (const VariantText& v : page.variants) {
    const std::string& text = variant == Variant::Site ? v.site : v.print;
    bool block = !v.is_url && cmark_node_get_type(v.node) == CMARK_NODE_HTML_BLOCK && cmark_node_parent(v.node) == root;
    if (block && text.find('\0') == std::string::npos) blocks.emplace(v.node, &text);
    else if (v.is_url) cmark_node_set_url(v.node, text.c_str());
    else cmark_node_set_literal(v.node, text.c_str());
  }
  return blocks;
}

// Where `pattern` is in `text` from `from` on (memmem: the patterns below start with letters
// that every link of a page holds, which a search by first byte stops at).
std::size_t find_in(std::string_view text, std::string_view pattern, std::size_t from) {
  if (from > text.size()) return std::string_view::npos;
  const void* found = memmem(text.data() + from, text.size() - from, pattern.data(), pattern.size());
  return found ? static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) : std::string_view::npos;
}

// cmark-gfm marks footnotes with bare attributes ("<section data-footnotes>"), which the
// post-check's XML parser rejects; they get an empty value. The patterns end in '>' or '"',
// which never appear unescaped in rendered text.
void give_footnote_attributes_values(std::string& html) {
  for (std::string_view bare : {" data-footnotes>", " data-footnote-ref>", " data-footnote-backref aria-label=\""}) {
    std::string_view name = bare.substr(0, bare.find_first_of(" >", 1));
    for (std::size_t at = html.find(bare); at != std::string::npos; at = html.find(bare, at + bare.size())) {
      html.insert(at + name.size(), "=\"\"");
    }
  }
}

// print.html holds every page: footnote ids ("fn-1", "fnref-1") get the page's prefix so two
// pages' [^1] do not collide.
void prefix_footnote_ids(std::string& html, const std::string& prefix) {
  if (find_in(html, "fn", 0) == std::string::npos) return;  // in every pattern: one search for most pages
  for (std::string attribute : {"id=\"", "href=\"#"}) {
    for (const char* id : {"fn-", "fnref-"}) {
      std::string pattern = attribute + id, replacement = attribute + prefix + "--" + id;
      for (std::size_t at = find_in(html, pattern, 0); at != std::string::npos;
           at = find_in(html, pattern, at + replacement.size())) {
        html.replace(at, pattern.size(), replacement);
      }
    }
  }
}

// A raw HTML block as cmark's renderer writes it alone (no tag filter is attached): its
// literal, ended by a line break. The generated pages' largest blocks (a glossary entry's
// back-links) skip the renderer's buffer and copies.
void append_html_block(std::string& out, std::string_view literal) {
  out += literal;
  if (!literal.empty() && literal.back() != '\n') out += '\n';
}

std::string render_html_block(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  std::string out;
  append_html_block(out, literal ? literal : "");
  return out;
}

std::string render_node(const Page& page, cmark_node* node) {
  std::string out;
  if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
    out = render_html_block(node);
  } else {
    char* html = cmark_render_html(node, kRenderOptions, page.document->extensions());
    out = html;
    free(html);
  }
  if (out.find("data-footnote") != std::string::npos) give_footnote_attributes_values(out);
  return out;
}

// Rendered alone, each footnote definition comes in its own list, numbered from 1 again;
// the page's footnotes share one list.
constexpr const char* kFootnotesOpen = "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n";
constexpr const char* kFootnotesClose = "</ol>\n</section>\n";

std::string footnote_item(const Page& page, cmark_node* definition) {
  std::string html = render_node(page, definition);
  std::string_view open = kFootnotesOpen, close = kFootnotesClose;
  if (html.starts_with(open) && html.ends_with(close)) {
    html = html.substr(open.size(), html.size() - open.size() - close.size());
  }
  return html;
}

// "<h2>inner</h2>\n" → "inner"
std::string heading_inner(const Page& page, cmark_node* node) {
  std::string html = render_node(page, node);
  std::size_t open = html.find('>');
  std::size_t close = html.rfind("</h");
  if (open == std::string::npos || close == std::string::npos || close <= open) return html;
  return html.substr(open + 1, close - open - 1);
}

std::string render_heading(const Page& page, const Heading& heading, Variant variant) {
  std::string id = variant == Variant::Site ? heading.id : print_anchor(page, heading.id);
  std::string level = std::to_string(heading.level);
  std::string html = "<h" + level + " id=\"" + escape_html(id) + "\">";
  if (!heading.number.empty()) html += "<span class=\"secno\">" + escape_html(heading.number) + "</span> ";
  return html + heading_inner(page, heading.node) + "</h" + level + ">\n";
}

const Heading* heading_of(const Page& page, cmark_node* node) {
  for (const Heading& heading : page.headings) {
    if (heading.node == node) return &heading;
  }
  return nullptr;
}

std::string footer_html(const BookConfig& config) {
  return "<p>" + escape_html(config.title) + "</p>";
}

mustache::data link_data(const std::string& title, const std::string& href) {
  mustache::data link;
  link.set("title", title);
  link.set("href", href);
  return link;
}

}  // namespace

// The text between special characters is appended at once: nearly all of a page's text.
void append_html_escaped(std::string& out, std::string_view text, bool apostrophe) {
  auto special = [apostrophe](char c) { return c == '&' || c == '<' || c == '>' || c == '"' || (c == '\'' && apostrophe); };
  std::size_t done = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!special(c)) continue;
    out.append(text, done, i - done);
    out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : "&#39;";
    done = i + 1;
  }
  out.append(text, done, text.size() - done);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_html_escaped(out, text, true);
  return out;
}

std::string render_content(const BookConfig& config, Page& page, Variant variant) {
  (void)config;
  BlockTexts blocks = apply_variant(page, variant);
  std::string html, footnotes;
  std::size_t size = page.source->text().size() * 2;
  for (const auto& [node, text] : blocks) size += text->size();
  html.reserve(size);
  for (cmark_node* node = cmark_node_first_child(page.document->root()); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
      footnotes += footnote_item(page, node);
      continue;
    }
    auto block = blocks.find(node);
    if (block != blocks.end() && find_in(*block->second, "data-footnote", 0) == std::string::npos) {
      append_html_block(html, *block->second);
      continue;
    }
    if (block != blocks.end()) cmark_node_set_literal(node, block->second->c_str());  // as every other block
    const Heading* heading = cmark_node_get_type(node) == CMARK_NODE_HEADING ? heading_of(page, node) : nullptr;
    html += heading ? render_heading(page, *heading, variant) : render_node(page, node);
  }
  if (!footnotes.empty()) html += std::string(kFootnotesOpen) + footnotes + kFootnotesClose;
  if (variant == Variant::Print) prefix_footnote_ids(html, page.print_prefix);
  return html;
}

ThemeWords theme_words(const std::string& language) {
  if (language.starts_with("ja")) {
    return {"目次", "このページの内容", "前へ", "次へ", "表紙", "印刷用ページ", "本文へ移動", "メニュー",
            "ページの先頭へ", "現在位置", "前後のページ", "ページが見つかりません",
            "お探しのページは見つかりませんでした。目次からたどってください。",
            "使用箇所：", "引用箇所：", "関連：", "索引", "、"};
  }
  return {"Contents", "On this page", "Previous", "Next", "Cover", "Print version", "Skip to content",
          "Menu", "Back to top", "Breadcrumb", "Pages", "Page not found",
          "The page you are looking for does not exist.",
          "Used in: ", "Cited in: ", "See also: ", "Index", ", "};
}

ThemeRenderer::ThemeRenderer(const BookConfig& config, const std::vector<Page>& pages)
    : config_(config), pages_(pages), words_(theme_words(config.language)) {
  auto it = embedded_theme().find("page.mustache");
  if (it != embedded_theme().end()) template_text_ = std::string(it->second);
}

namespace {

mustache::data flag(bool value) {
  return value ? mustache::data::type::bool_true : mustache::data::type::bool_false;
}

mustache::data words_data(const ThemeWords& w) {
  mustache::data words;
  for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const std::string*>>{
           {"toc", &w.toc}, {"page_toc", &w.page_toc}, {"prev", &w.prev}, {"next", &w.next},
           {"home", &w.home}, {"print", &w.print}, {"skip", &w.skip}, {"menu", &w.menu},
           {"top", &w.top}, {"breadcrumb", &w.breadcrumb}, {"pager", &w.pager}}) {
    words.set(key, *value);
  }
  return words;
}

mustache::data sections_data(const Page& page, const std::string& root) {
  mustache::list sections;
  for (const Heading& heading : page.headings) {
    if (heading.level == 2) sections.push_back(link_data(heading.numbered_title(), root + page.output + "#" + heading.id));
  }
  return mustache::data{sections};
}

// The sidebar as served holds only the current page's entry, with its sections; the shared
// toc.js (contents_script.h) puts the rest of the book around it in the browser.
mustache::data sidebar_data(const Page* current, const std::string& root) {
  mustache::list entries;
  if (!current) return mustache::data{entries};
  mustache::data entry = link_data(current->numbered_title(), root + current->output);
  entry["current"] = flag(true);
  mustache::data sections = sections_data(*current, root);
  entry["has_sections"] = flag(!sections.list_value().empty());  // no empty list in the page
  entry["sections"] = std::move(sections);
  entries.push_back(std::move(entry));
  return mustache::data{entries};
}

mustache::data page_toc_data(const Page* page) {
  mustache::data toc{mustache::data::type::list};
  if (!page) return toc;
  for (const Heading& heading : page->headings) {
    if (heading.level < 2 || heading.level > 3) continue;
    mustache::data item = link_data(heading.numbered_title(), "#" + heading.id);
    item.set("depth3", flag(heading.level == 3));
    toc.push_back(item);
  }
  for (const auto& [title, id] : page->group_headings) toc.push_back(link_data(title, "#" + id));
  return toc;
}

// "" for a page at the top of the site, "../" one folder down.
std::string root_prefix(const std::string& output) {
  std::string prefix;
  for (char c : output) {
    if (c == '/') prefix += "../";
  }
  return prefix;
}

// Parsing the template for every page cost a few percent of a large build; kainjow's
// mustache keeps state while rendering, so each thread parses its own copy once.
mustache::mustache& parsed_template(const std::string& text) {
  thread_local std::unique_ptr<mustache::mustache> parsed;
  thread_local std::string parsed_text;
  if (!parsed || !parsed->is_valid() || parsed_text != text) {
    parsed = std::make_unique<mustache::mustache>(text);
    parsed->set_custom_escape([](const std::string& part) { return escape_html(part); });
    parsed_text = text;
  }
  return *parsed;
}

// The content joins the laid-out page after the template ran: through mustache it would be
// copied several times, and print.html holds the whole book. Every {{variable}} escapes '<',
// so the marker can only come from {{{content}}}.
constexpr std::string_view kContentMarker = "<tebiki-content-marker/>";

std::string with_content(const std::string& layout, const PageView& view) {
  std::size_t size = view.content.size();
  for (std::string_view part : view.content_parts) size += part.size();
  std::string html;
  html.reserve(layout.size() + size);
  std::size_t from = 0;
  for (std::size_t at = layout.find(kContentMarker); at != std::string::npos; at = layout.find(kContentMarker, from)) {
    html.append(layout, from, at - from);
    html += view.content;
    for (std::string_view part : view.content_parts) html += part;
    from = at + kContentMarker.size();
  }
  html.append(layout, from);
  return html;
}

/// The path of the book's URL, with a final slash: "/mss/" of https://example.jp/mss.
std::string url_path(const std::string& url) {
  std::size_t scheme = url.find("://");
  std::size_t start = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  std::string path = start == std::string::npos ? "/" : url.substr(start, url.find_first_of("?#", start) - start);
  return path.ends_with('/') ? path : path + '/';
}

/// Everything the template shows but the content (see with_content).
mustache::data page_context(const BookConfig& config, const std::vector<Page>& pages, const ThemeWords& words,
                            const PageView& view) {
  std::string root = root_prefix(view.output);
  mustache::data ctx;
  ctx.set("lang", config.language);
  ctx.set("book_title", config.title);
  ctx.set("page_title", view.title);
  ctx.set("head_title", view.title == config.title ? config.title : view.title + " — " + config.title);
  ctx.set("description", view.title);
  ctx.set("kind", view.kind);
  ctx.set("root", root);
  if (!config.base_url.empty()) ctx.set("canonical", config.base_url + view.output);
  // A static host serves 404.html for any missing path, /guide/old/page.html say: its
  // relative links then resolve from the book's folder (not from file://, where it is a file).
  if (view.kind == "404" && !config.base_url.empty()) ctx.set("base_path", script_json(url_path(config.base_url)));
  ctx.set("generator", std::string("tebiki ") + TEBIKI_VERSION);
  ctx.set("content", std::string(kContentMarker));
  ctx.set("footer", footer_html(config));
  ctx.set("words", words_data(words));
  mustache::data breadcrumb{mustache::data::type::list};
  if (view.output != "index.html") breadcrumb.push_back(link_data(words.home, root + "index.html"));
  ctx.set("breadcrumb", breadcrumb);
  if (!config.checklist.empty()) {
    mustache::data sheet = link_data(checksheet_title(config), root + kChecksheetPath);
    sheet.set("current", flag(view.output == kChecksheetPath));
    ctx.set("checksheet", sheet);
  }
  ctx["sidebar"] = sidebar_data(view.page, root);
  mustache::data page_toc = page_toc_data(view.page);
  ctx.set("has_page_toc", flag(!page_toc.list_value().empty()));
  ctx.set("page_toc", page_toc);
  if (view.page) {
    std::size_t i = view.page->index;
    if (i > 0) ctx.set("prev", link_data(pages[i - 1].numbered_title(), root + pages[i - 1].output));
    if (i + 1 < pages.size()) ctx.set("next", link_data(pages[i + 1].numbered_title(), root + pages[i + 1].output));
    ctx.set("has_pager", flag(pages.size() > 1));  // no empty navigation landmark in the page
  }
  return ctx;
}

}  // namespace

std::optional<std::string> ThemeRenderer::render(const PageView& view, std::string* error) const {
  mustache::mustache& tmpl = parsed_template(template_text_);
  std::string html = tmpl.render(page_context(config_, pages_, words_, view));
  if (!tmpl.is_valid()) {
    *error = "theme/page.mustache: " + tmpl.error_message();
    return std::nullopt;
  }
  return with_content(html, view);
}

}  // namespace tebiki
