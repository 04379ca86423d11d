// Unicode compatibility normalization (NFKC) of UTF-8 text, through ICU.
#pragma once

#include <string>
#include <string_view>

namespace tebiki {

/// The NFKC form of valid UTF-8 text: full-width Latin letters and digits become ASCII,
/// half-width katakana become full width (ｻｰﾊﾞ → サーバ). Returns the text unchanged if ICU
/// fails.
std::string to_nfkc(std::string_view text);

}  // namespace tebiki
