// append_utf8 (lint/source.h) for loops over a whole book's text: the usual characters
// (ASCII, and the three-byte sequences of Japanese) are encoded inline, without a call.
// (decode_utf8 has its inline part in source.h.)
#pragma once

#include <string>
#include <string_view>

#include "source.h"

namespace tebiki {

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
