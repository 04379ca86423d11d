// Unicode compatibility normalization (NFKC) of UTF-8 text, through ICU.
#pragma once

#include <string>
#include <string_view>

namespace tebiki {

/// The NFKC form of valid UTF-8 text: full-width Latin letters and digits become ASCII,
/// half-width katakana become full width (ｻｰﾊﾞ → サーバ). Returns the text unchanged if ICU
/// fails.
std::string to_nfkc(std::string_view text);

/// True when text holds a character of the Halfwidth and Fullwidth Forms block (U+FF00–FFEF)
/// or an ideographic space: the only text that NFKC changes in tebiki's use of it.
bool has_width_forms(std::string_view text);

}  // namespace tebiki
