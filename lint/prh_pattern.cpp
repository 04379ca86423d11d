#include "prh_pattern.h"

#include "source.h"

namespace tebiki {
namespace {

constexpr std::string_view kSyntaxCharacters = "^$\\.*+?()[]{}|/";
constexpr std::string_view kPrhEscapedCharacters = "¥*+.?{}()[]^$-|/";

bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

/// prh's escapeSpecialChars: kept only to print patterns as prh does.
std::string prh_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    decode_utf8(text, i, &length);
    std::string_view unit = text.substr(i, length);
    if (kPrhEscapedCharacters.find(unit) != std::string_view::npos) out += '\\';
    out += unit;
    i += length;
  }
  return out;
}

/// prh's spreadAlphaNum, or tebiki's when `escape` (other characters literal).
std::string spread_alphanumerics(std::string_view expected, bool escape) {
  std::string out;
  for (char c : expected) {
    if (is_ascii_letter(c)) {
      char upper = static_cast<char>(c & ~0x20), lower = static_cast<char>(c | 0x20);
      out += {'[', upper, lower};
      append_utf8(out, 0xFF21 + static_cast<char32_t>(upper - 'A'));
      append_utf8(out, 0xFF41 + static_cast<char32_t>(lower - 'a'));
      out += ']';
    } else if (is_ascii_digit(c)) {
      out += {'[', c};
      append_utf8(out, 0xFF10 + static_cast<char32_t>(c - '0'));
      out += ']';
    } else {
      if (escape && kSyntaxCharacters.find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
  }
  return out;
}

/// RegExp.prototype.source escapes a `/` that is not escaped and not in a class.
std::string source_as_printed(std::string_view body) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      out += body.substr(i++, 2);
      continue;
    }
    if (c == '/' && !in_class) out += '\\';
    in_class = c == '[' ? true : c == ']' ? false : in_class;
    out += c;
  }
  return out;
}

/// One alternative as prh prints it inside the pattern's source.
std::string prh_alternative(const std::string& pattern, const RulePatternSource& source) {
  std::string ignored;
  std::string printed;
  if (source.patterns.empty()) {
    printed = spread_alphanumerics(source.expected, false);
  } else if (auto regex = parse_regex_string(pattern, &ignored)) {
    printed = source_as_printed(regex->source);
  } else {
    printed = prh_escape(pattern);
  }
  return source.word_boundary ? "\\b" + printed + "\\b" : printed;
}

std::string prh_form(const RulePatternSource& source, const std::vector<JsPattern>& alternatives) {
  std::string body;
  bool all_folded = true;
  for (const JsPattern& alternative : alternatives)
    all_folded = all_folded && alternative.ignore_case;
  if (source.patterns.size() <= 1) {
    body = prh_alternative(source.patterns.empty() ? "" : source.patterns[0], source);
  } else {
    for (const std::string& pattern : source.patterns) {
      body += (body.empty() ? "(?:" : "|") + prh_alternative(pattern, source);
    }
    body += ')';
  }
  return '/' + body + (all_folded ? "/gimu" : "/gmu");
}

std::string compile_problem(UErrorCode status) {
  switch (status) {
    case U_REGEX_LOOK_BEHIND_LIMIT:
      return "a lookbehind must have a bounded length (ICU's limit)";
    case U_REGEX_NUMBER_TOO_BIG:
      return "a number in the pattern is too big";
    case U_REGEX_MAX_LT_MIN:
      return "numbers out of order in {} quantifier";
    default:
      return std::string("ICU cannot compile it (") + u_errorName(status) + ')';
  }
}

}  // namespace

std::optional<JsPattern> parse_regex_string(std::string_view text, std::string* error) {
  std::size_t close = text.rfind('/');
  if (text.size() < 2 || text[0] != '/' || close == 0) return std::nullopt;
  std::string_view body = text.substr(1, close - 1), flags = text.substr(close + 1);
  if (flags.find_first_not_of("gimy") != std::string_view::npos) return std::nullopt;
  // Like JavaScript's `.`, prh's /^\/(.*)\/([gimy]*)$/ does not cross a line terminator.
  for (std::string_view terminator : {"\n", "\r", "\u2028", "\u2029"}) {
    if (body.find(terminator) != std::string_view::npos) return std::nullopt;
  }
  for (char flag : flags) {
    if (flags.find(flag) != flags.rfind(flag)) *error = "repeated flag in " + std::string(text);
  }
  // prh drops every flag but "i": it always adds "gmu" (so "y" does nothing).
  return JsPattern{std::string(body), flags.find('i') != std::string_view::npos};
}

std::string escape_literal(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (kSyntaxCharacters.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string pattern_from_expected(std::string_view expected) {
  return spread_alphanumerics(expected, true);
}

std::vector<JsPattern> rule_alternatives(const RulePatternSource& source, std::string* error) {
  std::vector<JsPattern> alternatives;
  if (source.patterns.empty()) {
    if (source.patterns_given) *error = "empty pattern list";
    if (source.expected.empty()) *error = "a rule with an empty expected needs a pattern";
    alternatives.push_back(JsPattern{pattern_from_expected(source.expected), false});
  }
  for (const std::string& pattern : source.patterns) {
    if (pattern.empty()) *error = "empty pattern";
    auto regex = parse_regex_string(pattern, error);
    alternatives.push_back(regex ? *regex : JsPattern{escape_literal(pattern), false});
  }
  if (source.word_boundary) {
    for (JsPattern& alternative : alternatives) {
      alternative.source = "\\b" + alternative.source + "\\b";  // unbracketed, as prh does
    }
  }
  return alternatives;
}

std::optional<CompiledPattern> compile_rule_pattern(const RulePatternSource& source,
                                                    std::string* error) {
  std::vector<JsPattern> alternatives = rule_alternatives(source, error);
  if (!error->empty()) return std::nullopt;
  CompiledPattern compiled;
  compiled.prh_form = prh_form(source, alternatives);
  std::string problem;
  auto translated = translate_js_regex(alternatives, &problem);
  if (translated && translated->can_match_empty) problem = "it can match the empty string";
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  if (problem.empty()) {
    compiled.regex.reset(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(translated->source), 0, where, status));
    if (U_FAILURE(status)) problem = compile_problem(status);
  }
  if (!problem.empty()) {
    *error = "invalid pattern " + compiled.prh_form + ": " + problem;
    return std::nullopt;
  }
  compiled.first_chars = translated->first_chars;
  compiled.first_chars.freeze();
  compiled.prefix = std::move(translated->prefix);
  for (auto& set : compiled.prefix) set.freeze();
  compiled.group_count = translated->group_count;
  return compiled;
}

}  // namespace tebiki
