#include "slug.h"

#include <unicode/uchar.h>

#include "source.h"

namespace tebiki {
namespace {

// github-slugger removes characters outside letters, marks, numbers, connector punctuation,
// '-' and spaces.
bool kept_in_slug(char32_t c) {
  if (c == '-' || c == '_' || c == ' ') return true;
  int8_t type = u_charType(static_cast<UChar32>(c));
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER: case U_CONNECTOR_PUNCTUATION:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string github_slug(std::string_view text) {
  std::string slug;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    char32_t c = decode_utf8(text, i, &length);
    i += length;
    if (!kept_in_slug(c)) continue;
    if (c == ' ') {
      slug += '-';
    } else {
      append_utf8(slug, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    }
  }
  return slug;
}

std::string SlugRegistry::unique(const std::string& slug) {
  std::string candidate = slug;
  auto it = used_.find(slug);
  int n = it == used_.end() ? 0 : it->second;
  while (used_.count(candidate)) candidate = slug + "-" + std::to_string(++n);
  used_[slug] = n;
  used_.emplace(candidate, 0);
  return candidate;
}

bool SlugRegistry::reserve(const std::string& id) { return used_.emplace(id, 0).second; }

std::string take_custom_id(std::string& text) {
  std::size_t end = text.find_last_not_of(" \t");
  if (end == std::string::npos || text[end] != '}') return {};
  std::size_t open = text.rfind("{#", end);
  if (open == std::string::npos) return {};
  std::string id = text.substr(open + 2, end - open - 2);
  if (id.empty() || id.find_first_of(" {}") != std::string::npos) return {};
  std::size_t keep = text.find_last_not_of(" \t", open == 0 ? 0 : open - 1);
  text.resize(open == 0 || keep == std::string::npos ? 0 : keep + 1);
  return id;
}

}  // namespace tebiki
