// How prh turns a rule's `pattern`, `patterns` or `expected` into one regular expression,
// compiled for ICU.
#pragma once

#include <unicode/regex.h>
#include <unicode/uniset.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "js_regex.h"

namespace tebiki {

/// A rule's pattern as its dictionary writes it.
struct RulePatternSource {
  std::vector<std::string> patterns;  ///< `pattern`/`patterns`; empty: made from `expected`
  bool patterns_given = false;        ///< `patterns: []` is an error, absence is not
  std::string expected;
  bool word_boundary = false;  ///< `options.wordBoundary`
};

/// A rule's regular expression, ready for matching.
struct CompiledPattern {
  std::shared_ptr<const icu::RegexPattern> regex;  ///< immutable, shared by all threads
  icu::UnicodeSet first_chars;          ///< code points a match can start with (the prefilter)
  std::vector<icu::UnicodeSet> prefix;  ///< code point i of a match is in prefix[i]
  int group_count = 0;
  std::string prh_form;  ///< as prh prints it, e.g. "/[JjＪｊ][SsＳｓ]/gmu"
};

/// Builds a rule's pattern as prh does and compiles it. nullopt with *error (English) when
/// the pattern is empty, invalid, or can match the empty string (prh hangs on those).
std::optional<CompiledPattern> compile_rule_pattern(const RulePatternSource& source,
                                                    std::string* error);

/// The JavaScript alternatives prh makes of a rule: one per pattern, or one from expected.
std::vector<JsPattern> rule_alternatives(const RulePatternSource& source, std::string* error);

/// `/body/flags` with flags among g i m y (the only form prh reads as a regex); nullopt for
/// any other string. Sets *error for a repeated flag.
std::optional<JsPattern> parse_regex_string(std::string_view text, std::string* error);

/// A JavaScript pattern matching exactly `text`. Unlike prh's, it stays valid under the
/// "u" flag, so `-` and `¥` work.
std::string escape_literal(std::string_view text);

/// prh's pattern for a rule without one: ASCII letters match either case, letters and
/// digits also full width. Unlike prh, other regex characters (`.`, `+`) are literal.
std::string pattern_from_expected(std::string_view expected);

}  // namespace tebiki
