#include "search_tokens.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "nfkc.h"
#include "source.h"

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

// ー is kept only inside a katakana word: サーバー and サーバ become the same.
std::u32string drop_final_long_vowels(const std::u32string& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && text[end] == U'ー') ++end;
    if (end == i) {
      out += text[i++];
      continue;
    }
    if (end < text.size() && is_katakana_letter(text[end])) out.append(end - i, U'ー');
    i = end;
  }
  return out;
}

bool is_hiragana_only(std::u32string_view word) {
  for (char32_t c : word) {
    if (c < 0x3041 || c > 0x309F) return false;
  }
  return true;
}

}  // namespace

std::u32string fold_for_search(std::string_view text) {
  std::u32string out;
  out.reserve(text.size() / 2);
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    char32_t c = decode_utf8(text, i, &length);
    std::size_t end = i + length;
    for (std::size_t next = 0; end < text.size() && is_joining_mark(decode_utf8(text, end, &next));) end += next;
    if (end == i + length && is_nfkc_inert(c)) out += fold_code_point(c);
    else append_normalized(out, text.substr(i, end - i));
    length = end - i;
  }
  return drop_final_long_vowels(out);
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

SearchScript search_script(char32_t c) {
  if (is_search_latin(c)) return SearchScript::latin;
  if (!is_search_japanese(c)) return SearchScript::none;
  if (c >= 0x3041 && c <= 0x309F) return SearchScript::hiragana;
  if ((c >= 0x30A1 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return SearchScript::katakana;
  return SearchScript::kanji;
}

std::vector<std::string> japanese_bigrams(const std::u32string& folded) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t end = i;
    SearchScript script = search_script(folded[i]);
    while (end < folded.size() && is_search_japanese(folded[end]) && search_script(folded[end]) == script) ++end;
    if (end == i + 1) out.push_back(to_utf8(folded.substr(i, 1)));
    for (std::size_t k = i; k + 1 < end; ++k) out.push_back(to_utf8(folded.substr(k, 2)));
    i = end == i ? i + 1 : end;
  }
  return out;
}

std::vector<std::string> latin_words(const std::u32string& folded) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t end = i;
    while (end < folded.size() && is_search_latin(folded[end])) ++end;
    if (end > i) out.push_back(to_utf8(folded.substr(i, end - i)));
    i = end == i ? i + 1 : end;
  }
  return out;
}

JapaneseWordSegmenter::JapaneseWordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), status));
  if (U_FAILURE(status)) iterator_.reset();
}

std::vector<std::string> JapaneseWordSegmenter::words(std::string_view text) {
  std::vector<std::string> out;
  if (!iterator_) return out;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  iterator_->setText(unicode);
  for (int32_t start = iterator_->first(), end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    if (iterator_->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    std::string word;
    unicode.tempSubStringBetween(start, end).toUTF8String(word);
    std::u32string folded = fold_for_search(word);
    bool japanese = folded.size() >= 2;
    for (char32_t c : folded) japanese = japanese && is_search_japanese(c);
    if (japanese && !is_hiragana_only(folded)) out.push_back(to_utf8(folded));
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

}  // namespace tebiki
