// Where a glossary term may be found in prose. Shared by the term links of the build and the
// `glossary` lint rule, so that a term is "used" in the same places for both.
#pragma once

#include <cstddef>
#include <string_view>

namespace tebiki {

/// Code points below which a katakana term is short: short ones are parts of many unrelated
/// words (ログ in プログラム, ログイン, カタログ; ボット in ロボット), longer ones found inside a
/// katakana run are compounds (ウイルス in コンピュータウイルス).
inline constexpr std::size_t kShortKatakanaTerm = 4;

/// True when text[begin, end) may be a use of a term: it does not cut an ASCII word (SOC in
/// SOCKS), and a short katakana term does not stand inside a longer katakana word.
bool on_term_boundary(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace tebiki
