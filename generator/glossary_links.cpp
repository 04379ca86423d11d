#include "glossary_links.h"

#include <cmark-gfm.h>


#include "headings.h"
#include "section_walk.h"
#include "render.h"
#include "term_boundary.h"
#include "term_trie.h"
#include "transform.h"
#include "xrefs.h"

namespace tebiki {
namespace {

using TermUse = std::pair<std::size_t, std::pair<std::size_t, std::size_t>>;  ///< entry, (page, section)

/// What every page's linker shares: the terms' trie and their escaped anchors, by entry.
struct LinkTerms {
  TermTrie trie;
  std::vector<std::string> anchors;
};

// Links the terms of one page. Pages are linked in parallel with one shared trie; the
// sections using each term are gathered per page and recorded once every page is done.
class TermLinker {
 public:
  TermLinker(const Glossary& glossary, const LinkTerms& terms, Page& page, Diagnostics& diagnostics)
      : glossary_(glossary), terms_(terms), page_(page), diagnostics_(diagnostics),
        glossary_href_(escape_html(relative_href(page.output, glossary.page_output)) + "#"),
        linked_(glossary.entries.size(), false) {}

  std::vector<TermUse> link() {
    section_ = kNoSection - 1;  // differs from every real section: the first node resets
    walk_sections(page_, [&](cmark_node* node, std::size_t section, cmark_node* block) {
      if (section != section_) forget_links();
      section_ = section;
      cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_TEXT && !is_suppressed(block)) text(node);
      else if (type == CMARK_NODE_LINK) forced(node);
    });
    return std::move(uses_);
  }

 private:
  bool is_suppressed(cmark_node* block) const {
    if (!page_.suppressions) return false;
    std::size_t offset = page_.document->offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
    return page_.suppressions->suppressed("term-link", offset);
  }

  // A new section links every term again.
  void forget_links() {
    for (std::size_t id : linked_ids_) linked_[id] = false;
    linked_ids_.clear();
  }

  void mark_linked(std::size_t id) {
    if (!linked_[id]) linked_[id] = true, linked_ids_.push_back(id);
  }

  // Splits a text node at the first new use of each term and links it.
  void text(cmark_node* node) {
    std::string_view literal = cmark_node_get_literal(node);
    auto matches = terms_.trie.scan(literal, [&](const TermTrie::Match& m) {
      return on_term_boundary(literal, m.begin, m.end);
    });
    std::vector<TextSpan> spans;
    std::vector<std::size_t> ids;
    for (const TermTrie::Match& m : matches) {
      if (linked_[m.id]) continue;  // in this section already (earlier nodes or this one)
      mark_linked(m.id);
      spans.push_back({m.begin, m.end});
      ids.push_back(m.id);
    }
    if (spans.empty()) return;
    split_text_node(node, spans, [&](std::size_t i, cmark_node* html) {
      record_link(html, ids[i], literal.substr(spans[i].begin, spans[i].end - spans[i].begin));
    });
  }

  void record_link(cmark_node* node, std::size_t id, std::string_view text) {
    const std::string open = "<a class=\"term\" href=\"";  // the tip is in glossary-tips.js
    const std::string& anchor = terms_.anchors[id];
    std::string close = "\">" + escape_html(text) + "</a>";
    page_.variants.push_back({node, false, open + glossary_href_ + anchor + close, open + "#" + anchor + close});
    mark_linked(id);
    if (section_ != kNoSection) uses_.push_back({id, {page_.index, section_}});
  }

  // [用語](term:) or [表示](term:用語): a link the writer asked for.
  void forced(cmark_node* link) {
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

  const Glossary& glossary_;
  const LinkTerms& terms_;
  Page& page_;
  Diagnostics& diagnostics_;
  std::string glossary_href_;                ///< from the current page, escaped, with '#'
  std::size_t section_ = kNoSection;
  std::vector<bool> linked_;                 ///< by entry: linked in the current section
  std::vector<std::size_t> linked_ids_;      ///< the entries set in linked_
  std::vector<TermUse> uses_;
};

}  // namespace

void link_glossary_terms(Glossary& glossary, const std::set<std::string>& no_link, const std::string& skip_output,
                         std::vector<Page>& pages, Diagnostics& diagnostics) {
  if (glossary.entries.empty()) return;
  LinkTerms terms;
  for (std::size_t i = 0; i < glossary.entries.size(); ++i) {
    if (!no_link.count(glossary.entries[i].term)) terms.trie.add(glossary.entries[i].term, i);
    terms.anchors.push_back(escape_html(glossary.entries[i].anchor));
  }
  std::vector<std::vector<TermUse>> uses(pages.size());
  for_each_page(pages, diagnostics, [&](Page& page, Diagnostics& found) {
    if (page.output == glossary.page_output || page.output == skip_output) return;
    uses[page.index] = TermLinker(glossary, terms, page, found).link();
  });
  for (const auto& page_uses : uses) {
    for (const auto& [entry, section] : page_uses) glossary.entries[entry].used_in.insert(section);
  }
}

}  // namespace tebiki
