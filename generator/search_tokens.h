// The terms of the search index: text folded for search, character bigrams of Japanese runs,
// Latin words, and ICU's Japanese word segmentation. The browser repeats the folding, the
// bigrams and the Latin words exactly (theme/assets/tebiki-search-engine.js); the scheme is
// described at the top of search_index.cpp.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tebiki {

/// Text as the search sees it: NFKC per character cluster, ASCII lower-cased, small kana
/// made large (ィ → イ), and a run of ー dropped unless a katakana letter follows it
/// (サーバー → サーバ). Hiragana and katakana stay apart.
std::u32string fold_for_search(std::string_view text);

/// A code point of a Japanese run (hiragana, katakana with ー, kanji) after folding.
bool is_search_japanese(char32_t c);
/// A code point of a Latin word after folding: ASCII letters and digits, Latin-1 and Latin
/// Extended letters.
bool is_search_latin(char32_t c);

/// The scripts a query is cut at (hiragana, katakana with ー, kanji with 々〆〇, Latin).
enum class SearchScript { none, latin, hiragana, katakana, kanji };
SearchScript search_script(char32_t c);

/// The character bigrams of every run of one Japanese script in folded text, in text order
/// (repeats kept); a run of one character gives that character. A query unit never spans
/// two scripts, so a bigram that did would never be looked up: ログの保存 gives ログ, の,
/// 保存, and a one-character unit (の) finds the bigrams that contain it.
std::vector<std::string> japanese_bigrams(const std::u32string& folded);

/// The Latin words of folded text, in text order (repeats kept).
std::vector<std::string> latin_words(const std::u32string& folded);

/// ICU's dictionary-based word segmentation for Japanese (BreakIterator word instance).
class JapaneseWordSegmenter {
 public:
  JapaneseWordSegmenter();
  /// The folded words of text, keeping only those of two or more Japanese characters that
  /// are not all hiragana (particles and endings say nothing about a section). Empty when
  /// ICU could not load its word break data.
  std::vector<std::string> words(std::string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

/// UTF-8 of a folded string.
std::string to_utf8(std::u32string_view text);

}  // namespace tebiki
