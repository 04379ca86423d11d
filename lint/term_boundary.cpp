#include "term_boundary.h"

#include <cctype>

#include "japanese.h"
#include "source.h"

namespace tebiki {
namespace {

bool is_ascii_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// Katakana that continue a word (ー included, the separator ・ not).
bool is_katakana_letter(char32_t c) {
  return is_katakana(c) && c != U'・';
}

char32_t code_point_at(std::string_view text, std::size_t at) {
  std::size_t length = 0;
  return decode_utf8(text, at, &length);
}

char32_t code_point_before(std::string_view text, std::size_t at) {
  std::size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return code_point_at(text, start);
}

bool cuts_ascii_word(std::string_view text, std::size_t begin, std::size_t end) {
  if (is_ascii_word(text[begin]) && begin > 0 && is_ascii_word(text[begin - 1])) return true;
  return is_ascii_word(text[end - 1]) && end < text.size() && is_ascii_word(text[end]);
}

bool inside_katakana_word(std::string_view text, std::size_t begin, std::size_t end) {
  std::string_view term = text.substr(begin, end - begin);
  if (count_code_points(term) >= kShortKatakanaTerm) return false;
  if (begin > 0 && is_katakana_letter(code_point_at(text, begin)) &&
      is_katakana_letter(code_point_before(text, begin))) {
    return true;
  }
  return end < text.size() && is_katakana_letter(code_point_before(text, end)) &&
         is_katakana_letter(code_point_at(text, end));
}

}  // namespace

bool on_term_boundary(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return false;
  return !cuts_ascii_word(text, begin, end) && !inside_katakana_word(text, begin, end);
}

}  // namespace tebiki
