// Words that may be spelled more than one way, and the key that all their spellings share
// (ウィルス and ウイルス, サーバー and サーバ, ＮＷ and NW, Web and WEB, ウェブ・サーバ and
// ウェブサーバ).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "katakana.h"
#include "long_vowel_words.h"

namespace tebiki {

/// The words of a text whose spelling may vary: runs of katakana (full or half width, with
/// ー, and ・ or one space between two katakana), and runs of Latin letters and digits (ASCII or
/// full width, with - . _ / between two of them) that hold a letter. One-character words are
/// left out.
std::vector<TextSpan> find_variant_words(std::string_view text);

/// The key of a word: NFKC width, lower case, no trailing ー on any part of a compound (and no
/// ー at all in a part of five kana or more: インターフェース, インタフェース), the ヴ row as the
/// バ row, small kana as large ones, and no ・, ／, spaces or hyphens.
std::string variant_key(std::string_view word, const CompoundSplitter& splitter);

}  // namespace tebiki
