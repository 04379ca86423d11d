// The terms of the search index: text folded for search, character bigrams of Japanese runs,
// Latin words, and ICU's Japanese word segmentation. The browser repeats the folding, the
// bigrams and the Latin words exactly (theme/assets/tebiki-search-engine.js); the scheme is
// described at the top of search_index.cpp.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tebiki {

/// Text as the search sees it: NFKC per character cluster, ASCII lower-cased, small kana
/// made large (ィ → イ), and a run of ー dropped unless a katakana letter follows it
/// (サーバー → サーバ). Hiragana and katakana stay apart.
std::u32string fold_for_search(std::string_view text);
/// The same into `out`, whose memory is reused: the index folds every text of the book.
void fold_for_search(std::string_view text, std::u32string& out);

/// A code point of a Japanese run (hiragana, katakana with ー, kanji) after folding.
bool is_search_japanese(char32_t c);
/// A code point of a Latin word after folding: ASCII letters and digits, Latin-1 and Latin
/// Extended letters.
bool is_search_latin(char32_t c);

/// The scripts a query is cut at (hiragana, katakana with ー, kanji with 々〆〇, Latin).
enum class SearchScript : std::uint8_t { none, latin, hiragana, katakana, kanji };
SearchScript search_script(char32_t c);

/// A gram as a number, so that the index sorts and counts grams without building strings:
/// the first code point in the high 32 bits, the second (0 for a one-character gram) in the
/// low ones. Keys sort as the grams' UTF-8 does: UTF-8 keeps the order of code points, and
/// a character sorts before the bigrams it starts.
using GramKey = std::uint64_t;

/// The character bigrams of every run of one Japanese script in folded text, in text order
/// (repeats kept); a run of one character gives that character. A query unit never spans
/// two scripts, so a bigram that did would never be looked up: ログの保存 gives ログ, の,
/// 保存, and a one-character unit (の) finds the bigrams that contain it.
std::vector<std::string> japanese_bigrams(std::u32string_view folded);
/// The grams of japanese_bigrams as keys, appended to `out`.
void append_bigram_keys(std::u32string_view folded, std::vector<GramKey>& out);
/// Appends the UTF-8 of the gram a key stands for.
void append_gram_text(std::string& out, GramKey key);

/// Words held in one buffer: a document gives hundreds, and a string each would cost more
/// than finding them.
class WordList {
 public:
  /// Appends a folded word.
  void add(std::u32string_view word);
  std::size_t size() const { return spans_.size(); }
  void clear() { text_.clear(), spans_.clear(); }
  std::string_view operator[](std::size_t i) const { return {text_.data() + spans_[i].first, spans_[i].second}; }
  std::vector<std::string> strings() const;

 private:
  std::string text_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;  ///< offset and length in text_
};

/// The Latin words of folded text, in text order (repeats kept).
std::vector<std::string> latin_words(std::u32string_view folded);
/// The same, appended to `out`.
void append_latin_words(std::u32string_view folded, WordList& out);

/// ICU's dictionary-based word segmentation for Japanese (BreakIterator word instance). An
/// instance serves one thread.
class JapaneseWordSegmenter {
 public:
  JapaneseWordSegmenter();
  /// The folded words of text, keeping only those of two or more Japanese characters that
  /// are not all hiragana (particles and endings say nothing about a section). Empty when
  /// ICU could not load its word break data.
  std::vector<std::string> words(std::string_view text);
  /// The same, appended to `out`.
  void append_words(std::string_view text, WordList& out);

 private:
  void set_text(std::string_view text);
  bool fold_word(std::int32_t start, std::int32_t end);

  std::unique_ptr<icu::BreakIterator> iterator_;
  icu::UnicodeString text_;  ///< the text being segmented, its buffer reused
  std::u32string folded_;    ///< the last word folded
  std::string word_;         ///< a word that needs fold_for_search, as UTF-8
};

/// UTF-8 of a folded string.
std::string to_utf8(std::u32string_view text);

}  // namespace tebiki
