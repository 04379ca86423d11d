// Character classes of Japanese text, shared by text runs and rules.
#pragma once

namespace tebiki {

inline bool is_hiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
inline bool is_katakana(char32_t c) { return (c >= 0x30A1 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF); }
inline bool is_kanji(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         c == 0x3005 || c == 0x3006;  // 々 〆
}
/// Japanese punctuation and full-width forms (、。「」（）！？ …).
inline bool is_japanese_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFEE);
}
/// Characters between which a line break means nothing (no space in Japanese).
inline bool is_japanese(char32_t c) {
  return is_hiragana(c) || is_katakana(c) || is_kanji(c) || is_japanese_punctuation(c);
}

/// U+FFFC stands in a text run for an inline object that is not prose (code span, raw HTML,
/// autolink, footnote reference), so that words on either side never join.
inline constexpr char32_t kObjectReplacement = 0xFFFC;
inline constexpr const char* kObjectReplacementUtf8 = "\xEF\xBF\xBC";

}  // namespace tebiki
