// A UTF-8 text decoded once into code points that remember their byte offsets, for rules
// that look at the characters on both sides of another.
#pragma once

#include <cstddef>
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

}  // namespace tebiki
