#include "search_tokens.h"

#include <unicode/locid.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>

#include "nfkc.h"
#include "source.h"
#include "utf8_inline.h"

namespace tebiki {
namespace {

// Marks that NFKC joins to the character before them (é, ｶﾞ → ガ): a cluster is normalised
// as one piece. The browser uses the same list.
bool is_joining_mark(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || c == 0x3099 || c == 0x309A || c == 0xFF9E || c == 0xFF9F;
}

// Characters that NFKC leaves as they are: most of the text skips ICU.
bool is_nfkc_inert(char32_t c) {
  return c < 0x80 || (c >= 0x3001 && c <= 0x3002) || (c >= 0x300C && c <= 0x300F) ||
         (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) ||
         (c >= 0x4E00 && c <= 0x9FFF);
}

char32_t large_kana(char32_t c) {
  if ((c >= 0x3041 && c <= 0x3049) || (c >= 0x30A1 && c <= 0x30A9)) return c % 2 ? c + 1 : c;
  switch (c) {
    case 0x3063: case 0x3083: case 0x3085: case 0x3087: case 0x308E:  // っゃゅょゎ
    case 0x30C3: case 0x30E3: case 0x30E5: case 0x30E7: case 0x30EE:  // ッャュョヮ
      return c + 1;
    case 0x3095: return 0x304B;  // ゕ → か
    case 0x3096: return 0x3051;  // ゖ → け
    case 0x30F5: return 0x30AB;  // ヵ → カ
    case 0x30F6: return 0x30B1;  // ヶ → ケ
    default: return c;
  }
}

char32_t fold_code_point(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  return large_kana(c);
}

void append_normalized(std::u32string& out, std::string_view cluster) {
  std::string normalized = to_nfkc(cluster);
  for (std::size_t i = 0, length = 0; i < normalized.size(); i += length) {
    out += fold_code_point(decode_utf8(normalized, i, &length));
  }
}

bool is_katakana_letter(char32_t c) { return c >= 0x30A1 && c <= 0x30FA; }

// ー is kept only inside a katakana word: サーバー and サーバ become the same. In place: the
// text only shrinks.
void drop_final_long_vowels(std::u32string& text) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != U'ー') {
      text[kept++] = text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] == U'ー') ++end;
    if (end < text.size() && is_katakana_letter(text[end])) kept = std::fill_n(text.begin() + kept, end - i, U'ー') - text.begin();
    i = end;
  }
  text.resize(kept);
}

bool is_hiragana_only(std::u32string_view word) {
  for (char32_t c : word) {
    if (c < 0x3041 || c > 0x309F) return false;
  }
  return true;
}

// The words of ICU's segmentation that the index keeps.
bool is_kept_word(std::u32string_view folded) {
  if (folded.size() < 2) return false;
  for (char32_t c : folded) {
    if (!is_search_japanese(c)) return false;
  }
  return !is_hiragana_only(folded);
}

// fold_code_point of every character of the Basic Multilingual Plane that NFKC leaves as
// it is, else kNotInert: one look-up per character of the book instead of a dozen tests.
constexpr char16_t kNotInert = 0xFFFF;  // not inert itself, and no inert character folds to it

const std::array<char16_t, 0x10000>& inert_folds() {
  static const auto table = [] {
    std::array<char16_t, 0x10000> folds;
    for (char32_t c = 0; c < folds.size(); ++c) folds[c] = is_nfkc_inert(c) ? static_cast<char16_t>(fold_code_point(c)) : kNotInert;
    return folds;
  }();
  return table;
}

// The folded character when c folds on its own, else kNotInert.
char32_t inert_fold(const std::array<char16_t, 0x10000>& folds, char32_t c) {
  return c < folds.size() ? folds[c] : kNotInert;
}

// The end of the joining marks from text[i] on. A joining mark is not inert: the common
// character is ruled out with the table alone.
std::size_t cluster_end(const std::array<char16_t, 0x10000>& folds, std::string_view text, std::size_t i) {
  for (std::size_t length = 0; i < text.size(); i += length) {
    char32_t c = decode_utf8(text, i, &length);
    if (inert_fold(folds, c) != kNotInert || !is_joining_mark(c)) break;
  }
  return i;
}

SearchScript classify_script(char32_t c) {
  if (is_search_latin(c)) return SearchScript::latin;
  if (!is_search_japanese(c)) return SearchScript::none;
  if (c >= 0x3041 && c <= 0x309F) return SearchScript::hiragana;
  if ((c >= 0x30A1 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return SearchScript::katakana;
  return SearchScript::kanji;
}

GramKey gram_key(char32_t first, char32_t second) { return GramKey{first} << 32 | second; }

}  // namespace

// Each character is decoded once: the one after it, decoded to see whether a joining mark
// follows, is the next one's.
void fold_for_search(std::string_view text, std::u32string& out) {
  out.clear();
  const auto& folds = inert_folds();
  std::size_t length = 0;
  char32_t c = text.empty() ? 0 : decode_utf8(text, 0, &length);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + length, next_length = 0;
    char32_t after = next < text.size() ? decode_utf8(text, next, &next_length) : 0;
    char32_t folded = inert_fold(folds, c);
    bool joined =
        next < text.size() && inert_fold(folds, after) == kNotInert && is_joining_mark(after);
    if (!joined && folded != kNotInert) {
      out += folded;
      i = next, c = after, length = next_length;
      continue;
    }
    std::size_t end = joined ? cluster_end(folds, text, next) : next;
    append_normalized(out, text.substr(i, end - i));
    i = end;
    if (!joined) c = after, length = next_length;
    else if (i < text.size()) c = decode_utf8(text, i, &length);
  }
  drop_final_long_vowels(out);
}

std::u32string fold_for_search(std::string_view text) {
  std::u32string out;
  out.reserve(text.size() / 2);
  fold_for_search(text, out);
  return out;
}

bool is_search_japanese(char32_t c) {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA) ||
         (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3005 && c <= 0x3007) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

bool is_search_latin(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Looked up for the Basic Multilingual Plane: the bigrams ask for every character of the book.
SearchScript search_script(char32_t c) {
  static const auto table = [] {
    std::array<SearchScript, 0x10000> scripts;
    for (char32_t k = 0; k < scripts.size(); ++k) scripts[k] = classify_script(k);
    return scripts;
  }();
  return c < table.size() ? table[c] : classify_script(c);
}

void append_bigram_keys(std::u32string_view folded, std::vector<GramKey>& out) {
  for (std::size_t i = 0; i < folded.size();) {
    SearchScript script = search_script(folded[i]);
    if (script == SearchScript::none || script == SearchScript::latin) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < folded.size() && search_script(folded[end]) == script) ++end;
    if (end == i + 1) out.push_back(gram_key(folded[i], 0));
    for (std::size_t k = i; k + 1 < end; ++k) out.push_back(gram_key(folded[k], folded[k + 1]));
    i = end;
  }
}

void append_gram_text(std::string& out, GramKey key) {
  append_utf8(out, static_cast<char32_t>(key >> 32));
  if (auto second = static_cast<char32_t>(key & 0xFFFFFFFF)) append_utf8(out, second);
}

std::vector<std::string> japanese_bigrams(std::u32string_view folded) {
  std::vector<GramKey> keys;
  append_bigram_keys(folded, keys);
  std::vector<std::string> out(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) append_gram_text(out[i], keys[i]);
  return out;
}

void WordList::add(std::u32string_view word) {
  std::size_t offset = text_.size();
  for (char32_t c : word) append_utf8_inline(text_, c);
  spans_.emplace_back(static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(text_.size() - offset));
}

std::vector<std::string> WordList::strings() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < size(); ++i) out.emplace_back((*this)[i]);
  return out;
}

void append_latin_words(std::u32string_view folded, WordList& out) {
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t end = i;
    while (end < folded.size() && is_search_latin(folded[end])) ++end;
    if (end > i) out.add(folded.substr(i, end - i));
    i = end == i ? i + 1 : end;
  }
}

std::vector<std::string> latin_words(std::u32string_view folded) {
  WordList words;
  append_latin_words(folded, words);
  return words.strings();
}

// A break iterator takes on the dictionary engine of a script when it first meets one of the
// script's characters in a run. ー belongs to no script: met before the engine of kanji and
// kana, its run stays one word (ーセキュリティ; later, ー and セキュリティ), and so does a run
// after ゛ or another such character in the same text. Which words a run gave would depend on
// the texts the thread's iterator segmented before. A run of kanji segmented first gives the
// iterator the engine.
JapaneseWordSegmenter::JapaneseWordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), status));
  if (U_FAILURE(status)) {
    iterator_.reset();
    return;
  }
  WordList ignored;
  append_words("漢字", ignored);
}

// As icu::UnicodeString::fromUTF8 converts (invalid bytes become U+FFFD), into the buffer
// of the last text.
void JapaneseWordSegmenter::set_text(std::string_view text) {
  auto capacity = static_cast<std::int32_t>(text.size() + 1);  // UTF-16 is never longer than UTF-8
  std::int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(text_.getBuffer(capacity), capacity, &length, text.data(), static_cast<std::int32_t>(text.size()),
                       0xFFFD, nullptr, &status);
  text_.releaseBuffer(U_SUCCESS(status) ? length : 0);
  iterator_->setText(text_);
}

// Folds the word between two boundaries into folded_. A word of characters that NFKC keeps
// as they are (nearly all) is folded unit by unit; any other goes through fold_for_search,
// which normalises it.
bool JapaneseWordSegmenter::fold_word(std::int32_t start, std::int32_t end) {
  const char16_t* units = text_.getBuffer();
  const auto& folds = inert_folds();
  folded_.clear();
  for (std::int32_t i = start; i < end && folds[units[i]] != kNotInert; ++i) folded_ += folds[units[i]];
  if (folded_.size() == static_cast<std::size_t>(end - start)) {
    drop_final_long_vowels(folded_);
  } else {
    word_.clear();
    text_.tempSubStringBetween(start, end).toUTF8String(word_);
    fold_for_search(word_, folded_);
  }
  return is_kept_word(folded_);
}

void JapaneseWordSegmenter::append_words(std::string_view text, WordList& out) {
  if (!iterator_) return;
  set_text(text);
  for (std::int32_t start = iterator_->first(), end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    if (iterator_->getRuleStatus() >= UBRK_WORD_NONE_LIMIT && fold_word(start, end)) out.add(folded_);
  }
}

std::vector<std::string> JapaneseWordSegmenter::words(std::string_view text) {
  WordList words;
  append_words(text, words);
  return words.strings();
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

}  // namespace tebiki
