// Terms in the text: the first use of each glossary term in each section links to its entry
// with its description as a tooltip. Never inside headings, links or code, nor inside a
// longer term. `[用語](term:)` forces a link; `tebiki-disable term-link` comments and the
// config's glossary_nolink list stop them. Needs xrefs (tips) and the glossary loaded.
// The glossary's own page and Appendix C are not linked (prose_links.cpp decides).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "glossary.h"
#include "page.h"
#include "section_walk.h"
#include "term_trie.h"

namespace tebiki {

/// A use of a term in a section: (entry, (page index, heading index)).
using TermUse = std::pair<std::size_t, std::pair<std::size_t, std::size_t>>;

/// What every page's linker shares: the terms' trie and their escaped anchors, by entry.
struct LinkTerms {
  TermTrie trie;
  std::vector<std::string> anchors;
};

/// The terms to link: every entry but those of the config's glossary_nolink.
LinkTerms link_terms(const Glossary& glossary, const std::set<std::string>& no_link);

/// Links the terms of one page, a node at a time (see prose_links.h): a.term with the entry's
/// href (its tooltip comes from glossary-tips.js). Pages are linked in parallel with one
/// shared LinkTerms; the sections using each term are gathered per page and recorded once
/// every page is done (record_term_uses). Unknown forced terms are findings.
class TermLinker {
 public:
  TermLinker(const Glossary& glossary, const LinkTerms& terms, Page& page, Diagnostics& diagnostics);

  /// A node of the page's prose (walk_sections), in document order.
  void visit(cmark_node* node, std::size_t section, cmark_node* block);
  std::vector<TermUse> uses() { return std::move(uses_); }

 private:
  bool is_suppressed(cmark_node* block) const;
  void forget_links();
  void mark_linked(std::size_t id);
  void text(cmark_node* node);
  void append_term_link(std::string& site, std::string& print, std::size_t id, std::string_view text);
  void record_link(cmark_node* node, std::size_t id, std::string_view text);
  void forced(cmark_node* link);

  const Glossary& glossary_;
  const LinkTerms& terms_;
  Page& page_;
  Diagnostics& diagnostics_;
  std::string glossary_href_;                ///< from the current page, escaped, with '#'
  std::size_t section_ = kNoSection - 1;     ///< differs from every real section: the first node resets
  std::vector<bool> linked_;                 ///< by entry: linked in the current section
  std::vector<std::size_t> linked_ids_;      ///< the entries set in linked_
  std::vector<TermUse> uses_;
};

/// Records every page's uses in GlossaryEntry::used_in (pages in order).
void record_term_uses(Glossary& glossary, const std::vector<std::vector<TermUse>>& uses);

}  // namespace tebiki
