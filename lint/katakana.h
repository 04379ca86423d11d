// Katakana words: where they stand in a text, how many sounds (morae) they have, and the
// vowel of their last sound. Shared by the long-vowel and variants rules.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tebiki {

/// A byte range [begin, end) of some text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool operator==(const TextSpan&) const = default;
};

inline constexpr char32_t kProlongedSoundMark = 0x30FC;  // ー
inline constexpr char32_t kKatakanaMiddleDot = 0x30FB;   // ・

/// Small kana that merge with the kana before into one sound: ァィゥェォャュョヮ (and their
/// hiragana and Ainu forms). ッ is not one of them: it is a sound of its own.
bool is_merging_small_kana(char32_t c);

/// A katakana letter or ー that can stand inside a word (not ・ nor ゠).
bool is_katakana_word_char(char32_t c);

/// Number of sounds (morae) of a katakana string: every kana counts one, ー, ン and ッ too,
/// except small ャュョァィゥェォ which merge with the kana before.
std::size_t count_morae(std::string_view katakana);

/// The vowel ('a', 'i', 'u', 'e', 'o') of the last kana of a string (ティ → 'i': a small kana
/// gives its own vowel), or 0 when the last character has none (ー, ン, ッ, not a kana).
char last_vowel(std::string_view katakana);

/// Every maximal run of katakana letters and ー in text, in order.
std::vector<TextSpan> find_katakana_words(std::string_view text);

/// True when text[at] starts a new sound: it is not ー, not a merging small kana, and not in
/// the middle of a UTF-8 sequence. Offsets 0 and text.size() are boundaries.
bool is_mora_boundary(std::string_view text, std::size_t at);

}  // namespace tebiki
