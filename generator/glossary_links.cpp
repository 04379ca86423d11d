#include "glossary_links.h"

#include <cmark-gfm.h>


#include "headings.h"
#include "section_walk.h"
#include "render.h"
#include "term_boundary.h"
#include "transform.h"
#include "xrefs.h"

namespace tebiki {

LinkTerms link_terms(const Glossary& glossary, const std::set<std::string>& no_link) {
  LinkTerms terms;
  for (std::size_t i = 0; i < glossary.entries.size(); ++i) {
    if (!no_link.count(glossary.entries[i].term)) terms.trie.add(glossary.entries[i].term, i);
    terms.anchors.push_back(escape_html(glossary.entries[i].anchor));
  }
  return terms;
}

TermLinker::TermLinker(const Glossary& glossary, const LinkTerms& terms, Page& page, Diagnostics& diagnostics)
    : glossary_(glossary), terms_(terms), page_(page), diagnostics_(diagnostics),
      glossary_href_(escape_html(relative_href(page.output, glossary.page_output)) + "#"),
      linked_(glossary.entries.size(), false) {}

void TermLinker::visit(cmark_node* node, std::size_t section, cmark_node* block) {
  if (section != section_) forget_links();
  section_ = section;
  cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_TEXT && !is_suppressed(block)) text(node);
  else if (type == CMARK_NODE_LINK) forced(node);
}

bool TermLinker::is_suppressed(cmark_node* block) const {
  if (!page_.suppressions || page_.suppressions->empty()) return false;
  std::size_t offset = page_.document->offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
  return page_.suppressions->suppressed("term-link", offset);
}

// A new section links every term again.
void TermLinker::forget_links() {
  for (std::size_t id : linked_ids_) linked_[id] = false;
  linked_ids_.clear();
}

void TermLinker::mark_linked(std::size_t id) {
  if (!linked_[id]) linked_[id] = true, linked_ids_.push_back(id);
}

namespace {

// Text as cmark's HTML renderer writes it (& < > " escaped, ' not).
void append_text_html(std::string& site, std::string& print, std::string_view text) {
  std::size_t from = site.size();
  append_html_escaped(site, text, false);
  print.append(site, from, std::string::npos);
}

}  // namespace

// Replaces a text node that holds new uses of terms by one raw HTML node: its text escaped
// as cmark escapes text, with the terms linked. One node and one variant per text node,
// however many terms it links (a large book links hundreds of thousands).
void TermLinker::text(cmark_node* node) {
  std::string_view literal = cmark_node_get_literal(node);
  auto matches = terms_.trie.scan(literal, [&](const TermTrie::Match& m) {
    return on_term_boundary(literal, m.begin, m.end);
  });
  std::string site, print;
  std::size_t done = 0;
  bool linked = false;
  for (const TermTrie::Match& m : matches) {
    if (linked_[m.id]) continue;  // in this section already (earlier nodes or this one)
    append_text_html(site, print, literal.substr(done, m.begin - done));
    append_term_link(site, print, m.id, literal.substr(m.begin, m.end - m.begin));
    done = m.end;
    linked = true;
  }
  if (!linked) return;
  append_text_html(site, print, literal.substr(done));
  cmark_node* html = replace_with_html(node, "");  // frees node: literal is not read after this
  page_.variants.push_back({html, false, std::move(site), std::move(print)});
}

// A term's link, for the site (to the glossary page) and for print.html (to its entry there).
void TermLinker::append_term_link(std::string& site, std::string& print, std::size_t id, std::string_view text) {
  static constexpr std::string_view kOpen = "<a class=\"term\" href=\"";  // the tip is in glossary-tips.js
  const std::string& anchor = terms_.anchors[id];
  for (std::string* html : {&site, &print}) {
    *html += kOpen;
    *html += html == &site ? std::string_view(glossary_href_) : std::string_view("#");
    *html += anchor;
    *html += "\">";
    append_html_escaped(*html, text, true);
    *html += "</a>";
  }
  mark_linked(id);
  if (section_ != kNoSection) uses_.push_back({id, {page_.index, section_}});
}

void TermLinker::record_link(cmark_node* node, std::size_t id, std::string_view text) {
  std::string site, print;
  append_term_link(site, print, id, text);
  page_.variants.push_back({node, false, std::move(site), std::move(print)});
}

// [用語](term:) or [表示](term:用語): a link the writer asked for.
void TermLinker::forced(cmark_node* link) {
  std::string url = cmark_node_get_url(link) ? cmark_node_get_url(link) : "";
  if (!url.starts_with("term:")) return;
  std::string term = url.size() > 5 ? percent_decode(url.substr(5)) : plain_text(link);
  const GlossaryEntry* entry = glossary_.find(term);
  if (!entry) {
    std::size_t offset = link_offset(page_, link);
    diagnostics_.push_back({"glossary", Severity::Error, page_.source->path(), offset, offset + 1,
                            "「" + term + "」は用語集にない", {}});
    replace_with_html(link, escape_html(plain_text(link)));  // its text stays, no broken link
    return;
  }
  std::string text = plain_text(link);
  cmark_node* node = replace_with_html(link, "");
  record_link(node, static_cast<std::size_t>(entry - glossary_.entries.data()), text);
}

void record_term_uses(Glossary& glossary, const std::vector<std::vector<TermUse>>& uses) {
  for (const auto& page_uses : uses) {
    // Pages in order, sections ascending within each: an entry's uses come in book order,
    // and a section seen again (a forced link after a linked use) is the last one.
    for (const auto& [entry, section] : page_uses) {
      auto& used_in = glossary.entries[entry].used_in;
      if (used_in.empty() || used_in.back() != section) used_in.push_back(section);
    }
  }
}

}  // namespace tebiki
