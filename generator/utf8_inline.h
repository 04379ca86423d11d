// decode_utf8 and append_utf8 (lint/source.h) for loops over a whole book's text: the usual
// characters (ASCII, and the three-byte sequences of Japanese) are handled inline, without a
// call.
#pragma once

#include <string>
#include <string_view>

#include "source.h"

namespace tebiki {

/// The same code point and length as decode_utf8(text, i, length).
inline char32_t decode_utf8_inline(std::string_view text, std::size_t i, std::size_t* length) {
  auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return *length = 1, lead;
  if ((lead & 0xF0) == 0xE0 && i + 2 < text.size()) {
    auto second = static_cast<unsigned char>(text[i + 1]), third = static_cast<unsigned char>(text[i + 2]);
    char32_t c = (char32_t{lead} & 0x0F) << 12 | (char32_t{second} & 0x3F) << 6 | (third & 0x3F);
    bool valid = (second & 0xC0) == 0x80 && (third & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF);
    if (valid) return *length = 3, c;
  }
  return decode_utf8(text, i, length);
}

/// The same bytes as append_utf8(out, c).
inline void append_utf8_inline(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c >= 0x800 && c < 0x10000) {
    const char bytes[] = {static_cast<char>(0xE0 | c >> 12), static_cast<char>(0x80 | (c >> 6 & 0x3F)),
                          static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, sizeof bytes);
  } else {
    append_utf8(out, c);
  }
}

}  // namespace tebiki
