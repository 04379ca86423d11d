#include "citation_syntax.h"

#include <cctype>
#include <cstring>
#include <optional>

namespace tebiki {
namespace {

void skip_spaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && text[i] == ' ') ++i;
}

/// Reads ", locator" after an id, up to the next ';' or ']': false when it is empty or holds
/// a bracket.
bool read_locator(std::string_view text, std::size_t& i, std::string& locator) {
  std::size_t end = text.find_first_of(";[]", ++i);
  if (end == text.npos || text[end] == '[') return false;
  std::string_view value = text.substr(i, end - i);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  locator = value;
  i = end;
  return !locator.empty();
}

/// Parses "[@a, p. 3; @b]" starting at the '[' at `at`.
std::optional<Citation> parse_citation(std::string_view text, std::size_t at) {
  Citation citation{at, 0, {}};
  std::size_t i = at + 1;
  while (i < text.size() && text[i] == '@') {
    std::size_t start = i++;
    while (i < text.size() && is_citation_id_char(text[i])) ++i;
    if (i == start + 1) return std::nullopt;
    citation.ids.push_back({std::string(text.substr(start + 1, i - start - 1)), start, i, {}});
    skip_spaces(text, i);
    if (i < text.size() && text[i] == ',' && !read_locator(text, i, citation.ids.back().locator)) return std::nullopt;
    if (i < text.size() && text[i] == ';') {
      ++i;
      skip_spaces(text, i);
    }
  }
  if (i >= text.size() || text[i] != ']' || citation.ids.empty()) return std::nullopt;
  citation.end = i + 1;
  return citation;
}

}  // namespace

bool is_citation_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (c != 0 && std::strchr("-_.:/", c));
}

std::vector<Citation> find_citations(std::string_view text) {
  std::vector<Citation> found;
  for (std::size_t at = text.find("[@"); at != std::string_view::npos;
       at = text.find("[@", at + 1)) {
    std::optional<Citation> citation = parse_citation(text, at);
    if (!citation) continue;
    at = citation->end - 1;
    found.push_back(std::move(*citation));
  }
  return found;
}

}  // namespace tebiki
