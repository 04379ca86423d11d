// JavaScript regular expressions, as prh compiles them (flags "gmu", plus "i"), translated
// into ICU regular expressions with the same meaning.
//
// What changes in translation, because ICU reads the same syntax differently:
// - `\d`, `\w`, `\b`, `\B` are ASCII, as in JavaScript (ICU's are Unicode);
// - `\s` is JavaScript's exact white-space set (it has U+FEFF, ICU's has U+0085);
// - `.`, `^`, `$` use JavaScript's four line terminators, and `^`/`$` are always multiline
//   (prh adds the "m" flag to every pattern);
// - with "i", each literal is a one-character set, so that ICU folds case one character at
//   a time like JavaScript (ICU alone lets "ss" match "ß");
// - named groups become numbered groups, backreferences `(?:\N)`, every other literal an
//   escaped `\x{…}`, so no character means more to ICU than it did to JavaScript.
#pragma once

#include <unicode/uniset.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tebiki {

/// One JavaScript pattern source with its own case-insensitivity.
struct JsPattern {
  std::string source;  ///< the text between the slashes, UTF-8
  bool ignore_case = false;
};

/// An ICU pattern with the meaning of the JavaScript alternatives it was made from.
struct IcuPattern {
  std::string source;            ///< ICU regex syntax, UTF-8
  int group_count = 0;           ///< capturing groups, numbered as JavaScript numbers them
  bool can_match_empty = false;  ///< true when some match may be zero characters long
  icu::UnicodeSet first_chars;   ///< every code point a non-empty match can start with
  /// Code point i of every match is in prefix[i], for the first few code points the pattern
  /// fixes (`[^解]決して` → [^解], 決, し, て).
  std::vector<icu::UnicodeSet> prefix;
};

/// Translates alternatives joined as JavaScript `(?:a|b)` (a single one as it is), groups
/// numbered across them. Returns nullopt and sets *error (English) on a syntax error.
std::optional<IcuPattern> translate_js_regex(std::span<const JsPattern> alternatives,
                                             std::string* error);

}  // namespace tebiki
