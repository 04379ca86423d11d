// `[@id]` and `[@id1; @id2]` in one page's prose become links to Appendix C.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "citation_syntax.h"
#include "references.h"

namespace tebiki {

/// A citation of an entry in a section: (entry, (page index, heading index)).
using CitationUse = std::pair<Reference*, std::pair<std::size_t, std::size_t>>;

/// An entry as every citation of it shows it: made once, escaped.
struct CitedReference {
  Reference* ref = nullptr;
  std::string open;    ///< `<a class="cite" title="…" href="`
  std::string anchor;  ///< the entry's anchor
  std::string close;   ///< `">ISO/IEC 27001</a>`
};
using ReferencesById = std::map<std::string, CitedReference>;

ReferencesById references_by_id(References& references);

/// Links the citations of one page, a node at a time (see prose_links.h). Pages are linked
/// in parallel: the sections citing each entry are gathered per page and recorded once
/// every page is done (record_citations).
class CitationLinker {
 public:
  CitationLinker(const ReferencesById& by_id, const std::string& references_output, Page& page,
                 Diagnostics& diagnostics);

  /// A node of the page's prose (walk_sections): a text node with citations is split into
  /// its text and the citations' links. Unknown ids are errors.
  void visit(cmark_node* node, std::size_t section, cmark_node* block);
  std::vector<CitationUse> uses() { return std::move(uses_); }

 private:
  void cite(cmark_node* node, const std::vector<CitedId>& ids, std::size_t section, cmark_node* block);
  void report_unknown(const std::string& id, cmark_node* block);

  const ReferencesById& by_id_;
  std::string references_href_;  ///< from the page, escaped, with '#'
  Page& page_;
  Diagnostics& diagnostics_;
  std::vector<CitationUse> uses_;
};

/// Records every page's uses in Reference::cited_in (pages in order).
void record_citations(const std::vector<std::vector<CitationUse>>& uses);

}  // namespace tebiki
