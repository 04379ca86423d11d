#include "katakana.h"

#include <string_view>

#include "japanese.h"
#include "source.h"

namespace tebiki {
namespace {

// Katakana by the vowel of their sound (ヴ is u, ヵ a, ヶ e).
constexpr std::u32string_view kVowelA = U"アァカガサザタダナハバパマヤャラワヮヵヷ";
constexpr std::u32string_view kVowelI = U"イィキギシジチヂニヒビピミリヰヸ";
constexpr std::u32string_view kVowelU = U"ウゥクグスズツヅヌフブプムユュルヴ";
constexpr std::u32string_view kVowelE = U"エェケゲセゼテデネヘベペメレヱヶヹ";
constexpr std::u32string_view kVowelO = U"オォコゴソゾトドノホボポモヨョロヲヺ";

char vowel_of(char32_t c) {
  if (kVowelA.find(c) != std::u32string_view::npos) return 'a';
  if (kVowelI.find(c) != std::u32string_view::npos) return 'i';
  if (kVowelU.find(c) != std::u32string_view::npos) return 'u';
  if (kVowelE.find(c) != std::u32string_view::npos) return 'e';
  if (kVowelO.find(c) != std::u32string_view::npos) return 'o';
  return 0;
}

char32_t code_point_at(std::string_view text, std::size_t at, std::size_t* length) {
  return decode_utf8(text, at, length);
}

}  // namespace

bool is_merging_small_kana(char32_t c) {
  constexpr std::u32string_view kSmall = U"ァィゥェォャュョヮぁぃぅぇぉゃゅょゎ";
  return kSmall.find(c) != std::u32string_view::npos || (c >= 0x31F0 && c <= 0x31FF);
}

bool is_katakana_word_char(char32_t c) {
  return is_katakana(c) && c != kKatakanaMiddleDot;
}

std::size_t count_morae(std::string_view katakana) {
  std::size_t morae = 0;
  for (std::size_t i = 0, length = 0; i < katakana.size(); i += length) {
    char32_t c = code_point_at(katakana, i, &length);
    if (!is_merging_small_kana(c) || i == 0) ++morae;
  }
  return morae;
}

char last_vowel(std::string_view katakana) {
  std::size_t at = katakana.size();
  while (at > 0 && (static_cast<unsigned char>(katakana[at - 1]) & 0xC0) == 0x80) --at;
  if (at == 0) return 0;
  std::size_t length = 0;
  return vowel_of(code_point_at(katakana, at - 1, &length));
}

std::vector<TextSpan> find_katakana_words(std::string_view text) {
  std::vector<TextSpan> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    bool inside = is_katakana_word_char(code_point_at(text, i, &length));
    if (inside && start == std::string_view::npos) start = i;
    if (!inside && start != std::string_view::npos) {
      words.push_back({start, i});
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) words.push_back({start, text.size()});
  return words;
}

bool is_mora_boundary(std::string_view text, std::size_t at) {
  if (at == 0 || at >= text.size()) return true;
  if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) return false;
  std::size_t length = 0;
  char32_t c = code_point_at(text, at, &length);
  return c != kProlongedSoundMark && !is_merging_small_kana(c);
}

}  // namespace tebiki
