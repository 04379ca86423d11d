// A UTF-8 text decoded once into code points that remember their byte offsets, for rules
// that look at the characters on both sides of another.
#pragma once

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "source.h"

namespace tebiki {

struct CodePoint {
  char32_t value = 0;
  std::size_t offset = 0;  ///< byte offset in the decoded text
};

inline std::vector<CodePoint> decode_code_points(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size() / 2);
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    out.push_back({decode_utf8(text, i, &length), i});
  }
  return out;
}

/// Byte offset one past code point i (the text's size after the last one).
inline std::size_t end_offset(const std::vector<CodePoint>& cps, std::size_t i,
                              std::size_t text_size) {
  return i + 1 < cps.size() ? cps[i + 1].offset : text_size;
}

/// True when text holds one of needles. Rules that look for a few rare characters test the
/// run with it before decoding the run: nearly every run holds none of them.
inline bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (memmem(text.data(), text.size(), needle.data(), needle.size()) != nullptr) return true;
  }
  return false;
}

/// True when a code point that starts with the byte `lead` satisfies test; the others are
/// never decoded. For rules that look for characters of one block (U+FF00–U+FFFF start with 0xEF).
template <typename Test>
bool any_code_point_led_by(std::string_view text, unsigned char lead, Test test) {
  std::size_t length = 0;
  for (const void* at = std::memchr(text.data(), lead, text.size()); at != nullptr;) {
    std::size_t i = static_cast<const char*>(at) - text.data();
    if (test(decode_utf8(text, i, &length))) return true;
    at = std::memchr(text.data() + i + 1, lead, text.size() - i - 1);
  }
  return false;
}

}  // namespace tebiki
