#include "js_regex.h"

#include <map>
#include <string_view>

#include "js_regex_syntax.h"
#include "regex_fragment.h"
#include "source.h"

namespace tebiki {
namespace {

struct GroupNames {
  int count = 0;
  std::map<std::u32string, int> numbers;
};

bool is_name_char(char32_t c, bool first) {
  bool letter =
      (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '$' || c == '_' || c >= 0x80;
  return letter || (!first && c >= '0' && c <= '9');
}

/// Counts capturing groups in order, as JavaScript numbers them, and reads group names.
bool number_groups(const std::u32string& p, GroupNames* groups, std::string* error) {
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (in_class) {
      in_class = p[i] != ']';
    } else if (p[i] == '[') {
      in_class = true;
    } else if (p[i] == '(' && (i + 1 >= p.size() || p[i + 1] != '?')) {
      ++groups->count;
    } else if (p[i] == '(' && i + 3 < p.size() && p[i + 2] == '<' && p[i + 3] != '=' &&
               p[i + 3] != '!') {
      std::size_t close = p.find('>', i + 3);
      std::u32string name = p.substr(i + 3, close == std::u32string::npos ? 0 : close - i - 3);
      bool valid = !name.empty();
      for (std::size_t k = 0; k < name.size(); ++k) valid = valid && is_name_char(name[k], k == 0);
      if (!valid) return *error = "invalid group name", false;
      if (!groups->numbers.emplace(name, ++groups->count).second) {
        return *error = "duplicate group name", false;
      }
    }
  }
  return true;
}

/// A recursive-descent reader of one JavaScript pattern (the grammar of the "u" flag, with
/// a few harmless identity escapes accepted) that writes the ICU equivalent as it goes.
class Translator {
 public:
  Translator(std::u32string pattern, bool ignore_case, const GroupNames& groups, std::string& out)
      : p_(std::move(pattern)), ignore_case_(ignore_case), groups_(groups), out_(out) {}

  std::optional<Fragment> translate(std::string* error) {
    Fragment whole = disjunction();
    if (!failed() && pos_ < p_.size()) fail("unmatched ')'");
    if (failed()) {
      *error = error_ + " at character " + std::to_string(error_at_ + 1);
      return std::nullopt;
    }
    return whole;
  }

 private:
  char32_t peek(std::size_t ahead = 0) const {
    return pos_ + ahead < p_.size() ? p_[pos_ + ahead] : kEndOfPattern;
  }
  char32_t next() { return pos_ < p_.size() ? p_[pos_++] : kEndOfPattern; }
  bool eat(char32_t c) { return peek() == c ? (++pos_, true) : false; }
  bool failed() const { return !error_.empty(); }
  void fail(std::string message) {
    if (failed()) return;
    error_ = std::move(message);
    error_at_ = pos_ > 0 ? pos_ - 1 : 0;
    pos_ = p_.size();  // stops every loop
  }

  // Every group and lookaround reads a disjunction of its own: a pattern nested deeper than
  // kMaxNesting is refused, before the recursion that reads it overflows the stack.
  static constexpr int kMaxNesting = 500;

  Fragment disjunction() {
    if (depth_ == kMaxNesting) {
      fail("groups nested more than " + std::to_string(kMaxNesting) + " deep");
      return {};
    }
    ++depth_;
    Fragment result = alternative();
    while (!failed() && eat('|')) {
      out_ += '|';
      result.or_else(alternative());
    }
    --depth_;
    return result;
  }

  Fragment alternative() {
    Fragment sequence;
    while (!failed() && pos_ < p_.size() && peek() != '|' && peek() != ')') {
      sequence.then(term());
    }
    return sequence;
  }

  Fragment term() {
    if (assertion()) {
      if (is_quantifier(peek())) fail("nothing to repeat");
      return Fragment{};
    }
    Fragment piece = atom();
    quantifier(piece);
    return piece;
  }

  static bool is_quantifier(char32_t c) { return c == '*' || c == '+' || c == '?' || c == '{'; }

  /// Zero-width assertions: ^ $ \b \B and lookarounds. True when one was read.
  bool assertion() {
    char32_t c = peek();
    if (c == '^' || c == '$') {
      ++pos_;
      out_ += c == '^' ? kLineStart : kLineEnd;
    } else if (c == '\\' && (peek(1) == 'b' || peek(1) == 'B')) {
      out_ += peek(1) == 'b' ? kWordBoundary : kNotWordBoundary;
      pos_ += 2;
    } else if (c == '(' && peek(1) == '?' && (peek(2) == '=' || peek(2) == '!')) {
      lookaround(3);
    } else if (c == '(' && peek(1) == '?' && peek(2) == '<' && (peek(3) == '=' || peek(3) == '!')) {
      lookaround(4);
    } else {
      return false;
    }
    return true;
  }

  void lookaround(std::size_t opener_length) {
    for (std::size_t i = 0; i < opener_length; ++i) append_utf8(out_, next());
    disjunction();  // what a lookaround sees is not part of the match
    if (!eat(')')) return fail("unterminated group");
    out_ += ')';
  }

  void quantifier(Fragment& piece) {
    char32_t c = peek();
    if (failed() || !is_quantifier(c)) return;
    ++pos_;
    Bounds bounds{std::string(1, static_cast<char>(c)), c == '+' ? 1 : 0, c == '?' ? 1 : -1};
    if (c == '{') bounds = braces();
    if (failed()) return;
    out_ += c == '{' ? '{' + bounds.text + '}' : bounds.text;
    piece.repeat(bounds.min, bounds.max);
    if (eat('?')) out_ += '?';
  }

  struct Bounds {
    std::string text;  ///< what stood between the braces
    long min = 0;
    long max = -1;  ///< -1: no limit
  };

  /// Reads `n}`, `n,}` or `n,m}` after `{`.
  Bounds braces() {
    std::size_t start = pos_;
    auto number = [&](bool* present) {
      long value = 0;
      *present = peek() >= '0' && peek() <= '9';
      while (peek() >= '0' && peek() <= '9')
        value = std::min(value * 10 + (next() - '0'), 1000000000L);
      return value;
    };
    bool has_low = false, has_high = false, comma = false;
    long low = number(&has_low), high = low;
    if ((comma = eat(','))) high = number(&has_high);
    if (!has_low || !eat('}')) return fail("incomplete quantifier"), Bounds{};
    if (comma && !has_high) high = -1;
    if (high >= 0 && high < low) fail("numbers out of order in {} quantifier");
    Bounds bounds{"", low, high};
    for (std::size_t i = start; i + 1 < pos_; ++i) bounds.text += static_cast<char>(p_[i]);
    return bounds;
  }

  Fragment atom() {
    char32_t c = peek();
    switch (c) {
      case '.':
        ++pos_;
        out_ += kAnyButLineTerminator;
        return Fragment::one_of(not_line_terminator_set());
      case '(':
        return group();
      case '[':
        return char_class();
      case '\\':
        ++pos_;
        return atom_escape();
      case '*':
      case '+':
      case '?':
      case '{':
        ++pos_;
        fail("nothing to repeat");
        return {};
      case ']':
      case '}':
        ++pos_;
        fail("lone quantifier bracket");
        return {};
      default:
        ++pos_;
        return literal(c);
    }
  }

  Fragment literal(char32_t c) {
    // A one-character set folds case character by character, like JavaScript.
    out_ += ignore_case_ ? '[' + icu_char(c) + ']' : icu_char(c);
    return Fragment::one_of(icu::UnicodeSet(static_cast<UChar32>(c), static_cast<UChar32>(c)));
  }

  Fragment group() {
    ++pos_;
    if (eat('?')) {
      if (eat(':')) {
        out_ += "(?:";
      } else if (eat('<')) {
        while (pos_ < p_.size() && next() != '>') {
        }
        out_ += '(';  // numbered like JavaScript numbers it; names live in groups_
      } else {
        fail("invalid group");
        return {};
      }
    } else {
      out_ += '(';
    }
    Fragment inner = disjunction();
    if (!eat(')')) fail("unterminated group");
    out_ += ')';
    return inner;
  }

  Fragment atom_escape() {
    char32_t c = next();
    if (c >= '1' && c <= '9') return decimal_backreference(c);
    if (c == 'k') return named_backreference();
    std::string problem;
    if (auto set = class_escape(c, p_, pos_, &problem)) {
      out_ += set->icu;
      return Fragment::one_of(set->set);
    }
    if (problem.empty()) {
      if (auto escaped = character_escape(c, p_, pos_, &problem)) return literal(*escaped);
    }
    fail(problem);
    return {};
  }

  Fragment decimal_backreference(char32_t first_digit) {
    long number = first_digit - '0';
    while (peek() >= '0' && peek() <= '9' && number < 100000) number = number * 10 + (next() - '0');
    if (number > groups_.count) return fail("reference to a group that does not exist"), Fragment{};
    return backreference(static_cast<int>(number));
  }

  Fragment named_backreference() {
    if (!eat('<')) return fail("invalid named reference"), Fragment{};
    std::u32string name;
    while (pos_ < p_.size() && peek() != '>') name += next();
    auto it = groups_.numbers.find(name);
    if (!eat('>') || it == groups_.numbers.end())
      return fail("invalid named reference"), Fragment{};
    return backreference(it->second);
  }

  Fragment backreference(int number) {
    // FIXME: JavaScript lets a reference to a group that has not matched match empty;
    // ICU fails it. Only patterns that refer to a group of another alternative differ.
    out_ += "(?:\\" + std::to_string(number) + ')';
    return Fragment::anything();  // the group may have matched nothing, or anything
  }

  Fragment char_class() {
    ++pos_;
    bool negated = eat('^');
    std::string body;
    icu::UnicodeSet members;
    while (!failed() && peek() != ']') {
      if (pos_ >= p_.size()) return fail("unterminated character class"), Fragment{};
      class_range(body, members);
    }
    ++pos_;
    if (body.empty()) {
      // `[]` matches nothing and `[^]` anything; ICU has no empty set syntax.
      out_ += negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]";
    } else {
      out_ += (negated ? "[^" : "[") + body + ']';
    }
    if (negated) members.complement();
    return Fragment::one_of(members);
  }

  void class_range(std::string& body, icu::UnicodeSet& members) {
    ClassAtom low = class_atom();
    if (failed() || peek() != '-' || peek(1) == ']' || peek(1) == kEndOfPattern) {
      body += low.icu;
      members.addAll(low.set);
      return;
    }
    ++pos_;
    ClassAtom high = class_atom();
    if (failed()) return;
    if (!low.is_char || !high.is_char) return fail("invalid character class range");
    if (low.code_point > high.code_point) return fail("range out of order in character class");
    body += icu_char(low.code_point) + '-' + icu_char(high.code_point);
    members.add(static_cast<UChar32>(low.code_point), static_cast<UChar32>(high.code_point));
  }

  ClassAtom class_atom() {
    char32_t c = next();
    if (c != '\\') return ClassAtom::of(c);
    char32_t letter = next();
    if (letter == 'b') return ClassAtom::of(0x08);  // backspace inside a class
    if (letter == '-') return ClassAtom::of('-');
    std::string problem;
    if (auto set = class_escape(letter, p_, pos_, &problem))
      return ClassAtom{false, 0, set->icu, set->set};
    if (problem.empty()) {
      if (auto escaped = character_escape(letter, p_, pos_, &problem))
        return ClassAtom::of(*escaped);
    }
    fail(problem);
    return ClassAtom::of(0);
  }

  std::u32string p_;
  std::size_t pos_ = 0;
  bool ignore_case_;
  const GroupNames& groups_;
  std::string& out_;
  std::string error_;
  std::size_t error_at_ = 0;
  int depth_ = 0;  ///< disjunctions being read, the whole pattern's included
};

}  // namespace

std::optional<IcuPattern> translate_js_regex(std::span<const JsPattern> alternatives,
                                             std::string* error) {
  GroupNames groups;
  std::vector<std::u32string> decoded;
  for (const JsPattern& alternative : alternatives) {
    decoded.push_back(decode_pattern(alternative.source));
    if (!number_groups(decoded.back(), &groups, error)) return std::nullopt;
  }
  IcuPattern result;
  result.group_count = groups.count;
  std::optional<Fragment> whole;
  bool joined = alternatives.size() > 1;
  if (joined) result.source += "(?:";
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    if (i > 0) result.source += '|';
    bool fold = alternatives[i].ignore_case;
    if (fold) result.source += "(?i:";
    auto fragment = Translator(decoded[i], fold, groups, result.source).translate(error);
    if (!fragment) return std::nullopt;
    if (fold) {
      result.source += ')';
      fragment->fold_case();
    }
    if (whole) {
      whole->or_else(*fragment);
    } else {
      whole = std::move(fragment);
    }
  }
  if (joined) result.source += ')';
  if (whole) {
    result.can_match_empty = whole->nullable;
    result.first_chars = std::move(whole->first);
    result.prefix = std::move(whole->prefix);
  }
  return result;
}

}  // namespace tebiki
