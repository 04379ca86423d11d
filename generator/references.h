// Appendix C: references.yml loaded and checked, grouped by issuing body, with 「引用箇所」
// back-links; citations `[@id]` and `[@a; @b]` in the text become links to the entries.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "back_links.h"
#include "book_config.h"
#include "page.h"

namespace tebiki {

struct Reference {
  std::string id;
  std::string body;
  std::string number;
  std::string title;
  std::string title_en;
  std::string year;
  std::string url;
  std::string note;
  std::string anchor;      ///< "ref-<id>"
  std::size_t line = 0;    ///< in references.yml
  std::size_t offset = 0;  ///< byte offset of the id's value in references.yml
  std::vector<std::pair<std::size_t, std::size_t>> cited_in;  ///< (page, heading) in book order, each once

  /// "JIS Q 27001:2006", or the title when there is no number.
  std::string label() const;
};

struct References {
  std::string path;
  std::vector<Reference> entries;  ///< file order
  std::string page_output;
  std::string language = "ja";  ///< the book's, for the page's own words (引用箇所：)

  const Reference* find(const std::string& id) const;
};

/// Loads and checks references.yml (id, body, title required; ids unique). Errors are located.
std::optional<References> load_references(const BookConfig& config, std::vector<SourceError>* errors);

/// Appends Appendix C's groups and entries to its page; returns the placeholder nodes of the
/// 「引用箇所」 back-links, one per entry.
std::vector<cmark_node*> append_reference_entries(const BookConfig& config, const References& references, Page& page);

/// Fills the back-link placeholders (`sections`: made for the page's folder); warns about
/// entries never cited.
void fill_reference_back_links(References& references, const std::vector<cmark_node*>& placeholders,
                               const SectionLinks& sections, Page& page, Diagnostics& diagnostics);

}  // namespace tebiki
