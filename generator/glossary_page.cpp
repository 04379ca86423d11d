#include "glossary_page.h"

#include <cmark-gfm.h>

#include <cctype>

#include "back_links.h"
#include "generated_markdown.h"
#include "headings.h"
#include "linter.h"
#include "render.h"
#include "slug.h"
#include "script_data.h"
#include "xrefs.h"

namespace tebiki {
namespace {

// By the group's label (あ, か, A): a term added to the glossary moves no group's anchor.
std::string group_anchor(const std::string& label) { return "tebiki-group-" + github_slug(label); }

std::string jump_bar(const std::vector<std::string>& labels, const std::string& index) {
  std::string html = "<nav class=\"glossary-index\" aria-label=\"" + escape_html(index) + "\">";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0 && labels[i] == labels[i - 1]) continue;
    html += "<a href=\"#" + group_anchor(labels[i]) + "\">" + escape_html(labels[i]) + "</a> ";
  }
  return html + "</nav>\n\n";
}

std::string entry_head(const GlossaryEntry& entry) {
  std::string html = "<dt id=\"" + escape_html(entry.anchor) + "\" data-reading=\"" +
                     escape_html(entry.reading) + "\"><span class=\"term-name\">" +
                     escape_html(entry.term) + "</span> <span class=\"reading\">" +
                     escape_html(entry.reading) + "</span>";
  if (!entry.en.empty()) html += " <span class=\"en\">" + escape_html(entry.en) + "</span>";
  return html + "</dt>\n<dd>\n\n";
}

// A term as Markdown text: ASCII punctuation escaped, so that `*`, `_` or `[` read as written.
std::string markdown_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::ispunct(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

// A Markdown line of related terms: links to their entries in this page.
std::string see_line(const Glossary& glossary, const GlossaryEntry& entry, const ThemeWords& words) {
  std::string line;
  for (const std::string& see : entry.see) {
    const GlossaryEntry* target = glossary.find(see);
    if (!target) continue;  // load_glossary reports it
    line += markdown_text(line.empty() ? words.related : words.list_separator);
    line += "[" + markdown_text(see) + "](<#" + target->anchor + ">)";
  }
  return line.empty() ? line : line + "\n\n";
}

void append_html(Page& page, const std::string& html) {
  cmark_node* node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, html.c_str());
  cmark_node_append_child(page.document->root(), node);
}

}  // namespace

GlossaryLayout append_glossary_entries(const Glossary& glossary, Page& page) {
  GlossaryLayout layout;
  std::vector<std::string> readings;
  for (const auto& entry : glossary.entries) readings.push_back(entry.reading);
  std::vector<std::string> labels = index_labels(readings);
  ThemeWords words = theme_words(glossary.language);
  append_html(page, jump_bar(labels, words.index));
  for (std::size_t i = 0; i < glossary.entries.size(); ++i) {
    const GlossaryEntry& entry = glossary.entries[i];
    if (i == 0 || labels[i] != labels[i - 1]) {
      if (i > 0) append_html(page, "</dl>\n");
      append_html(page, "<h2 class=\"glossary-group\" id=\"" + group_anchor(labels[i]) + "\">" + escape_html(labels[i]) +
                            "</h2>\n<dl class=\"glossary\">\n");
      page.group_headings.emplace_back(labels[i], group_anchor(labels[i]));
    }
    append_html(page, entry_head(entry));
    std::string markdown = entry.description + "\n\n" + see_line(glossary, entry, words);
    cmark_node* first = append_markdown(page, markdown, glossary.allow_html);
    layout.description_begin.push_back(first);
    layout.used_in.push_back(append_placeholder(page));
    layout.description_end.push_back(layout.used_in.back());
    append_html(page, "</dd>\n");
  }
  if (!glossary.entries.empty()) append_html(page, "</dl>\n");
  return layout;
}

void fill_glossary_back_links(const Glossary& glossary, const GlossaryLayout& layout, const SectionLinks& sections,
                              Page& glossary_page) {
  ThemeWords words = theme_words(glossary.language);
  std::vector<VariantText> links(glossary.entries.size());
  parallel_for(links.size(), [&](std::size_t i) {
    links[i] = back_links(glossary.entries[i].used_in, sections, "used-in", words.used_in, words.list_separator,
                          layout.used_in[i]);
  });
  for (VariantText& entry_links : links) {
    if (!entry_links.site.empty()) glossary_page.variants.push_back(std::move(entry_links));
  }
}

void fill_glossary_tips(Glossary& glossary, const GlossaryLayout& layout) {
  std::string related = theme_words(glossary.language).related;
  while (related.ends_with(' ')) related.pop_back();  // plain_text keeps no trailing space
  for (std::size_t i = 0; i < glossary.entries.size(); ++i) {
    std::string tip;
    for (cmark_node* node = layout.description_begin[i]; node && node != layout.description_end[i];
         node = cmark_node_next(node)) {
      std::string text = plain_text(node);
      if (text.starts_with(related)) continue;  // the related terms are not part of the tip
      tip += (tip.empty() ? "" : " ") + text;
    }
    glossary.entries[i].tip = std::move(tip);
  }
}

std::string glossary_tips_script(const Glossary& glossary) {
  nlohmann::json tips = nlohmann::json::object();
  for (const GlossaryEntry& entry : glossary.entries) tips[entry.anchor] = entry.tip;
  return window_assignment("TEBIKI_TIPS", tips);
}

}  // namespace tebiki
