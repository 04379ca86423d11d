// How many terminal cells text takes, for caret lines under the source (East Asian width).
#pragma once

#include <cstddef>
#include <string_view>

namespace tebiki {

/// Cells one code point takes on a terminal: 2 for East Asian wide and fullwidth characters,
/// 0 for combining marks and format characters (BOM, zero-width joiner), 1 otherwise.
int code_point_width(char32_t code_point);

/// Sum of code_point_width over valid UTF-8 text.
std::size_t display_width(std::string_view text);

}  // namespace tebiki
