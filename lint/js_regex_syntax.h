// The pieces of JavaScript regex syntax that map to fixed ICU text: character escapes,
// class escapes (\d \w \s \p{…}), line terminators and word boundaries.
#pragma once

#include <unicode/uniset.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tebiki {

inline constexpr char32_t kEndOfPattern = 0xFFFFFFFF;

// JavaScript's line terminators are \n \r U+2028 U+2029 (ICU's also U+0085 and \r\n as one).
inline constexpr const char* kAnyButLineTerminator = "[^\\x{A}\\x{D}\\x{2028}\\x{2029}]";
/// `^` and `$` under the "m" flag: at an edge of the text or next to a line terminator.
inline constexpr const char* kLineStart = "(?<![^\\x{A}\\x{D}\\x{2028}\\x{2029}])";
inline constexpr const char* kLineEnd = "(?![^\\x{A}\\x{D}\\x{2028}\\x{2029}])";
/// `\b` and `\B` over JavaScript's ASCII word characters.
inline constexpr const char* kWordBoundary =
    "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
inline constexpr const char* kNotWordBoundary =
    "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))";

/// The code points of a UTF-8 pattern.
std::u32string decode_pattern(std::string_view utf8);

/// A code point as ICU pattern text: ASCII letters and digits as they are, else `\x{…}`.
std::string icu_char(char32_t c);

/// Everything `.` matches in JavaScript.
const icu::UnicodeSet& not_line_terminator_set();

/// A class escape as ICU set text, with its members.
struct SetEscape {
  std::string icu;
  icu::UnicodeSet set;
};

/// One member of a character class: a single character or a set.
struct ClassAtom {
  bool is_char = true;
  char32_t code_point = 0;
  std::string icu;
  icu::UnicodeSet set;

  static ClassAtom of(char32_t c);
};

/// `\d \D \w \W \s \S \p{…} \P{…}`, given the letter after the backslash; reads `{…}` from
/// pattern at pos. nullopt when the letter is none of them, or (*error set) when invalid.
std::optional<SetEscape> class_escape(char32_t letter, const std::u32string& pattern,
                                      std::size_t& pos, std::string* error);

/// A character escape, given the letter after the backslash: \t \n \v \f \r \0 \cX \xHH
/// \uHHHH \u{…} and escaped punctuation. nullopt with *error set when invalid.
std::optional<char32_t> character_escape(char32_t letter, const std::u32string& pattern,
                                         std::size_t& pos, std::string* error);

}  // namespace tebiki
