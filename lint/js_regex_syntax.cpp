#include "js_regex_syntax.h"

#include <cstdio>

#include "source.h"

namespace tebiki {
namespace {

constexpr const char* kSpaceItems =
    "\\x{9}-\\x{D}\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
    "\\x{205F}\\x{3000}\\x{FEFF}";

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

icu::UnicodeSet frozen(icu::UnicodeSet set) {
  set.freeze();
  return set;
}

icu::UnicodeSet ranges(std::initializer_list<std::pair<UChar32, UChar32>> items) {
  icu::UnicodeSet set;
  for (auto [low, high] : items) set.add(low, high);
  return set;
}

const icu::UnicodeSet& digit_set() {
  static const icu::UnicodeSet set = frozen(ranges({{'0', '9'}}));
  return set;
}

const icu::UnicodeSet& word_set() {
  static const icu::UnicodeSet set =
      frozen(ranges({{'0', '9'}, {'A', 'Z'}, {'a', 'z'}, {'_', '_'}}));
  return set;
}

const icu::UnicodeSet& space_set() {
  static const icu::UnicodeSet set = frozen(ranges({{0x09, 0x0D},
                                                    {0x20, 0x20},
                                                    {0xA0, 0xA0},
                                                    {0x1680, 0x1680},
                                                    {0x2000, 0x200A},
                                                    {0x2028, 0x2029},
                                                    {0x202F, 0x202F},
                                                    {0x205F, 0x205F},
                                                    {0x3000, 0x3000},
                                                    {0xFEFF, 0xFEFF}}));
  return set;
}

SetEscape with_complement(bool negated, std::string items, const icu::UnicodeSet& members) {
  SetEscape escape{(negated ? "[^" : "[") + items + ']', members};
  if (negated) escape.set.complement();
  return escape;
}

std::optional<SetEscape> property_escape(bool negated, const std::u32string& pattern,
                                         std::size_t& pos, std::string* error) {
  std::size_t close = pattern.find('}', pos);
  std::string name;
  bool valid = pos < pattern.size() && pattern[pos] == '{' && close != std::u32string::npos &&
               close > pos + 1;
  for (std::size_t i = pos + 1; valid && i < close; ++i) {
    valid = is_ascii_alnum(pattern[i]) || pattern[i] == '_' || pattern[i] == '=';
    name += static_cast<char>(pattern[i]);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet members(icu::UnicodeString::fromUTF8("[\\p{" + name + "}]"), status);
  if (!valid || U_FAILURE(status)) return *error = "invalid property name", std::nullopt;
  pos = close + 1;
  if (negated) members.complement();
  return SetEscape{std::string(negated ? "\\P{" : "\\p{") + name + '}', members};
}

std::optional<char32_t> hex_digits(const std::u32string& pattern, std::size_t& pos,
                                   std::size_t count) {
  char32_t value = 0;
  for (std::size_t i = 0; i < count; ++i, ++pos) {
    if (pos >= pattern.size()) return std::nullopt;
    char32_t c = pattern[pos];
    int digit = c >= '0' && c <= '9'   ? static_cast<int>(c - '0')
                : c >= 'a' && c <= 'f' ? static_cast<int>(c - 'a' + 10)
                : c >= 'A' && c <= 'F' ? static_cast<int>(c - 'A' + 10)
                                       : -1;
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return value;
}

/// `\u{…}` or `\uHHHH`, joining an escaped surrogate pair into one code point.
std::optional<char32_t> unicode_escape(const std::u32string& pattern, std::size_t& pos) {
  if (pos < pattern.size() && pattern[pos] == '{') {
    std::size_t close = pattern.find('}', pos);
    if (close == std::u32string::npos || close == pos + 1 || close - pos > 9) return std::nullopt;
    ++pos;
    auto value = hex_digits(pattern, pos, close - pos);
    ++pos;
    return value && *value <= 0x10FFFF ? value : std::nullopt;
  }
  auto unit = hex_digits(pattern, pos, 4);
  if (!unit || *unit < 0xD800 || *unit > 0xDBFF) return unit;
  std::size_t after = pos;
  if (after + 1 < pattern.size() && pattern[after] == '\\' && pattern[after + 1] == 'u') {
    after += 2;
    auto trail = hex_digits(pattern, after, 4);
    if (trail && *trail >= 0xDC00 && *trail <= 0xDFFF) {
      pos = after;
      return 0x10000 + ((*unit - 0xD800) << 10) + (*trail - 0xDC00);
    }
  }
  return unit;
}

}  // namespace

std::u32string decode_pattern(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t length = 0;
    out += decode_utf8(utf8, i, &length);
    i += length;
  }
  return out;
}

std::string icu_char(char32_t c) {
  if (is_ascii_alnum(c)) return std::string(1, static_cast<char>(c));
  char text[16];
  std::snprintf(text, sizeof text, "\\x{%X}", static_cast<unsigned>(c));
  return text;
}

const icu::UnicodeSet& not_line_terminator_set() {
  static const icu::UnicodeSet set = [] {
    icu::UnicodeSet terminators = ranges({{0x0A, 0x0A}, {0x0D, 0x0D}, {0x2028, 0x2029}});
    return frozen(terminators.complement());
  }();
  return set;
}

ClassAtom ClassAtom::of(char32_t c) {
  return ClassAtom{true, c, icu_char(c),
                   icu::UnicodeSet(static_cast<UChar32>(c), static_cast<UChar32>(c))};
}

std::optional<SetEscape> class_escape(char32_t letter, const std::u32string& pattern,
                                      std::size_t& pos, std::string* error) {
  switch (letter) {
    case 'd':
    case 'D':
      return with_complement(letter == 'D', "0-9", digit_set());
    case 'w':
    case 'W':
      return with_complement(letter == 'W', "A-Za-z0-9_", word_set());
    case 's':
    case 'S':
      return with_complement(letter == 'S', kSpaceItems, space_set());
    case 'p':
    case 'P':
      return property_escape(letter == 'P', pattern, pos, error);
    default:
      return std::nullopt;
  }
}

std::optional<char32_t> character_escape(char32_t letter, const std::u32string& pattern,
                                         std::size_t& pos, std::string* error) {
  std::optional<char32_t> value;
  switch (letter) {
    case 't':
      return 0x09;
    case 'n':
      return 0x0A;
    case 'v':
      return 0x0B;
    case 'f':
      return 0x0C;
    case 'r':
      return 0x0D;
    case 'x':
      value = hex_digits(pattern, pos, 2);
      break;
    case 'u':
      value = unicode_escape(pattern, pos);
      break;
    case 'c':
      if (pos < pattern.size() && is_ascii_alnum(pattern[pos]) && pattern[pos] > '9') {
        return pattern[pos++] % 32;
      }
      break;
    case '0':
      if (pos >= pattern.size() || pattern[pos] < '0' || pattern[pos] > '9') return 0;
      break;
    case kEndOfPattern:
      return *error = "\\ at end of pattern", std::nullopt;
    default:
      // JavaScript allows only syntax characters here; any other punctuation is harmless.
      if (!is_ascii_alnum(letter)) return letter;
  }
  if (!value) *error = "invalid escape";
  return value;
}

}  // namespace tebiki
