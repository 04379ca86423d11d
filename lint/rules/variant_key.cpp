#include "variant_key.h"

#include <algorithm>

#include "code_points.h"
#include "nfkc.h"
#include "source.h"
#include "width.h"

namespace tebiki {
namespace {

enum class WordKind { None, Kana, Latin };

bool is_ascii_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_latin_letter(char32_t c) {
  return is_ascii_letter(c) || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ');
}

WordKind kind_of(char32_t c) {
  if (is_katakana_word_char(c) || (c >= 0xFF66 && c <= 0xFF9F)) return WordKind::Kana;
  if (is_ascii_letter(c) || (c >= U'0' && c <= U'9') || is_full_width_alphanumeric(c)) {
    return WordKind::Latin;
  }
  return WordKind::None;
}

/// Characters that stay inside a word when a character of its kind follows. Latin words
/// keep their dots, slashes and underscores so that gumblar.cn, W32/Downad and WORM_DOWNAD
/// are each one word, never compared with a part of another.
bool joins(WordKind kind, char32_t c) {
  if (kind == WordKind::Kana) return c == U'・' || c == U'･' || c == U' ' || c == U'　';
  return kind == WordKind::Latin &&
         (c == U'-' || c == U'－' || c == U'.' || c == U'_' || c == U'/' || c == U'／');
}

bool is_separator(char32_t c) {
  return c == U'・' || c == U'／' || c == U'/' || c == U' ' || c == U'-';
}

/// ヴ and the small vowel after it as one kana of the バ row (ヴァ → バ, ヴュ → ビュ, ヴ → ブ).
char32_t fold_vu(const std::vector<CodePoint>& cps, std::size_t& i) {
  constexpr std::u32string_view kAfterVu = U"ァィェォ", kVuRow = U"バビベボ";
  char32_t next = i + 1 < cps.size() ? cps[i + 1].value : 0;
  std::size_t row = kAfterVu.find(next);
  if (row == std::u32string_view::npos) return next == U'ュ' ? U'ビ' : U'ブ';
  ++i;
  return kVuRow[row];
}

/// The ヴ row as the バ row, small kana as large ones (ウィルス → ウイルス).
std::string fold_kana(std::string_view text) {
  constexpr std::u32string_view kSmall = U"ァィゥェォャュョヮヵヶ";
  constexpr std::u32string_view kLarge = U"アイウエオヤユヨワカケ";
  std::vector<CodePoint> cps = decode_code_points(text);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i].value;
    std::size_t small = kSmall.find(c);
    if (c == U'ヴ') {
      c = fold_vu(cps, i);
    } else if (small != std::u32string_view::npos) {
      c = kLarge[small];
    }
    append_utf8(out, c);
  }
  return out;
}

/// A part of at least this many kana besides ー (once folded) also loses the ー inside it: インターフェース
/// and インタフェース are one word written two ways, while in a short word a ー inside tells
/// words apart (サーバ and サバ, ビール and ビル, セール and セル).
constexpr std::size_t kKanaForInnerLongVowels = 5;

std::string without_long_vowels(std::string_view text) {
  std::string out;
  for (std::size_t at = 0, next; at < text.size(); at = next + std::string_view("ー").size()) {
    next = std::min(text.find("ー", at), text.size());
    out += text.substr(at, next - at);
  }
  return out;
}

/// The piece with no trailing ー on any part of the compound (サーバーセンター → サーバセンタ),
/// and no ー at all in a long part (インターフェース → インタフエス once folded).
std::string without_optional_long_vowels(std::string_view piece, const CompoundSplitter& splitter) {
  std::string out;
  for (TextSpan part : splitter.split(piece)) {
    std::string_view text = piece.substr(part.begin, part.size());
    if (text.find("ー") == std::string_view::npos) {  // most words: nothing to drop
      out += text;
      continue;
    }
    std::string bare = without_long_vowels(text);
    if (count_code_points(fold_kana(bare)) >= kKanaForInnerLongVowels) {  // ヴァ counts as バ
      out += bare;
      continue;
    }
    while (text.ends_with("ー")) text.remove_suffix(std::string_view("ー").size());
    out += text;
  }
  return out;
}

}  // namespace

// Decodes as it goes: nearly every character of a Japanese text is of no word, and a vector of
// code points per run would cost more than the search.
std::vector<TextSpan> find_variant_words(std::string_view text) {
  std::vector<TextSpan> words;
  for (std::size_t i = 0, length = 0; i < text.size();) {
    char32_t c = decode_utf8(text, i, &length);
    WordKind kind = kind_of(c);
    if (kind == WordKind::None) {
      i += length;
      continue;
    }
    std::size_t end = i + length, count = 1;
    bool letter = kind == WordKind::Kana || is_latin_letter(c);
    while (end < text.size()) {
      std::size_t next_length = 0, after_length = 0;
      char32_t next = decode_utf8(text, end, &next_length), after = 0;
      bool joined = joins(kind, next) && end + next_length < text.size() &&
                    kind_of(after = decode_utf8(text, end + next_length, &after_length)) == kind;
      if (kind_of(next) != kind && !joined) break;
      if (joined) {
        end += next_length + after_length, count += 2, letter = letter || is_latin_letter(after);
      } else {
        end += next_length, count += 1, letter = letter || is_latin_letter(next);
      }
    }
    if (count >= 2 && letter) words.push_back({i, end});
    i = end;
  }
  return words;
}

std::string variant_key(std::string_view word, const CompoundSplitter& splitter) {
  std::string text = has_width_forms(word) ? to_nfkc(word) : std::string(word);
  std::transform(text.begin(), text.end(), text.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  std::string key;
  std::size_t piece = 0;
  std::vector<CodePoint> cps = decode_code_points(text);
  for (std::size_t i = 0; i <= cps.size(); ++i) {
    if (i < cps.size() && !is_separator(cps[i].value)) continue;
    std::size_t end = i < cps.size() ? cps[i].offset : text.size();
    key += fold_kana(
        without_optional_long_vowels(std::string_view(text).substr(piece, end - piece), splitter));
    piece = end_offset(cps, i, text.size());
  }
  return key;
}

}  // namespace tebiki
