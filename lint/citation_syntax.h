// Citations in prose: `[@id]` and `[@id1; @id2]`, as literal text of a text run. Shared by the
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
};

/// One bracketed citation, from '[' to one past ']'.
struct Citation {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<CitedId> ids;
};

/// Letters, digits and `-_.:/` make up an id (`jis-q27001`, `rfc2350`, `nist-sp800-61`).
bool is_citation_id_char(char c);

/// Every well-formed citation of the text, left to right. `[@]`, `[@a` and `[@a b]` are not
/// citations and are skipped.
std::vector<Citation> find_citations(std::string_view text);

}  // namespace tebiki
