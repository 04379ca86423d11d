// Citations in prose: `[@id]`, `[@id1; @id2]` and, as in Pandoc, a locator after a comma
// (`[@id, p. 12]`, `[@a, 5.2節; @b]`), as literal text of a text run. Shared by the
// `references` rule and the build, so that both read the same syntax.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tebiki {

/// One cited id and where its "@id" stands in the text.
struct CitedId {
  std::string id;
  std::size_t begin = 0;  ///< at the '@'
  std::size_t end = 0;    ///< one past the id
  std::string locator;    ///< the page, section… after the comma, trimmed; empty when none
};

/// One bracketed citation, from '[' to one past ']'.
struct Citation {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<CitedId> ids;
};

/// Letters, digits and `-_.:/` make up an id (`jis-q27001`, `rfc2350`, `nist-sp800-61`).
bool is_citation_id_char(char c);

/// Every well-formed citation of the text, left to right. `[@]`, `[@a`, `[@a b]`, `[@a,]` and
/// `[@a, [x]]` are not citations and are skipped.
std::vector<Citation> find_citations(std::string_view text);

}  // namespace tebiki
