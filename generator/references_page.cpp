// Appendix C: entries grouped by issuing body, each with 「引用箇所」 back-links.
#include <cmark-gfm.h>

#include <algorithm>

#include "back_links.h"
#include "generated_markdown.h"
#include "linter.h"
#include "references.h"
#include "render.h"
#include "slug.h"
#include "rules/references.h"

namespace tebiki {
namespace {

std::vector<std::string> body_order(const BookConfig& config, const References& references) {
  std::vector<std::string> order = config.reference_bodies;
  for (const Reference& ref : references.entries) {
    if (std::find(order.begin(), order.end(), ref.body) == order.end()) order.push_back(ref.body);
  }
  return order;
}

std::string entry_html(const Reference& ref) {
  std::string html = "<dt id=\"" + escape_html(ref.anchor) + "\">" + escape_html(ref.label()) + "</dt>\n<dd>";
  std::string title = escape_html(ref.title);
  if (!ref.url.empty()) title = "<a href=\"" + escape_html(ref.url) + "\">" + title + "</a>";
  html += "<span class=\"ref-title\">" + title + "</span>";
  if (!ref.title_en.empty() && ref.title_en != ref.title) html += "<br /><span class=\"ref-title-en\">" + escape_html(ref.title_en) + "</span>";
  if (!ref.year.empty()) html += "（" + escape_html(ref.year) + "）";
  if (!ref.note.empty()) html += "<br /><span class=\"ref-note\">" + escape_html(ref.note) + "</span>";
  return html;
}

void append_html(Page& page, const std::string& html) {
  cmark_node* node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, html.c_str());
  cmark_node_append_child(page.document->root(), node);
}

}  // namespace

std::vector<cmark_node*> append_reference_entries(const BookConfig& config, const References& references, Page& page) {
  std::vector<cmark_node*> placeholders(references.entries.size(), nullptr);
  std::vector<std::string> order = body_order(config, references);
  SlugRegistry anchors;  // by body (a body added moves no other's anchor), unique in the page
  for (std::size_t g = 0; g < order.size(); ++g) {
    std::string anchor = anchors.unique("tebiki-body-" + github_slug(order[g]));
    append_html(page, "<section class=\"ref-group\"><h2 id=\"" + escape_html(anchor) + "\">" +
                          escape_html(order[g]) + "</h2>\n<dl class=\"references\">\n");
    page.group_headings.emplace_back(order[g], anchor);
    for (std::size_t i = 0; i < references.entries.size(); ++i) {
      if (references.entries[i].body != order[g]) continue;
      append_html(page, entry_html(references.entries[i]));
      placeholders[i] = append_placeholder(page);
      append_html(page, "</dd>\n");
    }
    append_html(page, "</dl></section>\n");
  }
  return placeholders;
}

void fill_reference_back_links(References& references, const std::vector<cmark_node*>& placeholders,
                               const SectionLinks& sections, Page& page, Diagnostics& diagnostics) {
  ThemeWords words = theme_words(references.language);
  std::vector<VariantText> links(references.entries.size());
  parallel_for(links.size(), [&](std::size_t i) {
    links[i] = back_links(references.entries[i].cited_in, sections, "cited-in", words.cited_in, words.list_separator,
                          placeholders[i]);
  });
  for (std::size_t i = 0; i < references.entries.size(); ++i) {
    const Reference& ref = references.entries[i];
    if (ref.cited_in.empty()) {
      diagnostics.push_back({"references", Severity::Warning, references.path, ref.offset,
                             ref.offset + ref.id.size(), never_cited_message(ref.id), {}});
    } else if (placeholders[i]) {
      page.variants.push_back(std::move(links[i]));
    }
  }
}

}  // namespace tebiki
