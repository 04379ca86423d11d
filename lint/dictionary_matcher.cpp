#include "dictionary_matcher.h"

#include <algorithm>
#include <tuple>

namespace tebiki {
namespace {

/// A rule whose anchor characters are more than this is run with ICU's own search instead.
constexpr int32_t kMaxIndexedChars = 4096;
/// How far after a match's start its anchor may stand (code points).
constexpr std::uint32_t kMaxAnchorOffset = 15;

/// The place in a rule's matches with the fewest possible characters: a rarer anchor means
/// fewer candidate positions.
std::pair<const icu::UnicodeSet*, std::uint32_t> anchor_of(const CompiledPattern& pattern) {
  const icu::UnicodeSet* best = &pattern.first_chars;
  std::uint32_t offset = 0;
  for (std::uint32_t i = 1; i < pattern.prefix.size() && i <= kMaxAnchorOffset; ++i) {
    if (pattern.prefix[i].size() < best->size()) {
      best = &pattern.prefix[i];
      offset = i;
    }
  }
  return {best, offset};
}

std::string utf8_of(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string group_text(const icu::RegexMatcher& match, int32_t group) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = match.group(group, status);
  return U_SUCCESS(status) ? utf8_of(text) : std::string();
}

/// Whether the text at `at` has every code point that the pattern fixes at the start of its
/// matches. Much cheaper than an ICU attempt, and most candidates of a common anchor fail it.
bool prefix_fits(const CompiledPattern& pattern, const icu::UnicodeString& text, int32_t at) {
  for (const icu::UnicodeSet& set : pattern.prefix) {
    if (at >= text.length() || !set.contains(text.char32At(at))) return false;
    at = text.moveIndex32(at, 1);
  }
  return true;
}

}  // namespace

Utf16Text to_utf16(std::string_view utf8) {
  Utf16Text converted;
  converted.byte_offsets.reserve(utf8.size() + 1);
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t length = 0;
    char32_t c = decode_utf8(utf8, i, &length);
    converted.text.append(static_cast<UChar32>(c));
    converted.byte_offsets.insert(converted.byte_offsets.end(), U16_LENGTH(c), i);
    i += length;
  }
  converted.byte_offsets.push_back(utf8.size());
  return converted;
}

DictionaryMatcher::DictionaryMatcher(std::span<const PrhRule> rules, int32_t time_limit)
    : rules_(rules), time_limit_(time_limit) {
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    auto [chars, offset] = anchor_of(rules[r].pattern);
    if (chars->size() > kMaxIndexedChars) {
      unindexed_.push_back(r);
      continue;
    }
    for (int32_t range = 0; range < chars->getRangeCount(); ++range) {
      for (UChar32 c = chars->getRangeStart(range); c <= chars->getRangeEnd(range); ++c) {
        by_anchor_char_[c].push_back(Candidate{r, offset});
      }
    }
  }
}

struct MatchSession::RuleState {
  std::unique_ptr<icu::RegexMatcher> regex;
  std::uint64_t generation = 0;
  int32_t next_from = 0;  ///< JavaScript's lastIndex: matches of one rule never overlap
  bool timed_out = false;
};

MatchSession::MatchSession(const DictionaryMatcher& dictionary)
    : dictionary_(dictionary), states_(dictionary.rules_.size()) {}

MatchSession::~MatchSession() = default;

std::vector<TermMatch> MatchSession::find(const icu::UnicodeString& text) {
  ++generation_;
  std::vector<TermMatch> found;
  for (std::uint32_t rule : dictionary_.unindexed_) scan_unindexed(rule, text, found);
  const auto& index = dictionary_.by_anchor_char_;
  int32_t starts[kMaxAnchorOffset + 1];  // where the last code points began, as a ring
  std::uint32_t count = 0;
  for (int32_t at = 0; at < text.length(); at = text.moveIndex32(at, 1), ++count) {
    starts[count % (kMaxAnchorOffset + 1)] = at;
    auto candidates = index.find(text.char32At(at));
    if (candidates == index.end()) continue;
    for (const auto& [rule, offset] : candidates->second) {
      if (offset > count) continue;
      int32_t start = starts[(count - offset) % (kMaxAnchorOffset + 1)];
      if (prefix_fits(dictionary_.rules_[rule].pattern, text, start)) try_at(rule, text, start, found);
    }
  }
  resolve_overlaps(found);
  // textlint-rule-prh reports nothing where the replacement reads as the text already.
  std::erase_if(found, [](const TermMatch& m) { return m.matched == m.replacement; });
  return found;
}

MatchSession::RuleState* MatchSession::prepare(std::uint32_t rule, const icu::UnicodeString& text) {
  auto& state = states_[rule];
  if (!state) {
    state = std::make_unique<RuleState>();
    UErrorCode status = U_ZERO_ERROR;
    state->regex.reset(dictionary_.rules_[rule].pattern.regex->matcher(status));
    if (U_FAILURE(status)) return nullptr;
    state->regex->setTimeLimit(dictionary_.time_limit_, status);
  }
  if (!state->regex) return nullptr;
  if (state->generation != generation_) {
    state->generation = generation_;
    state->next_from = 0;
    state->regex->reset(text);
  }
  return state->timed_out ? nullptr : state.get();
}

void MatchSession::try_at(std::uint32_t rule, const icu::UnicodeString& text, int32_t at,
                          std::vector<TermMatch>& found) {
  RuleState* state = prepare(rule, text);
  if (!state || at < state->next_from) return;
  UErrorCode status = U_ZERO_ERROR;
  bool hit = state->regex->lookingAt(at, status);
  if (status == U_REGEX_TIME_OUT) timeouts_.push_back(MatchTimeout{rule, at});
  record(rule, *state, status, hit, found);
}

void MatchSession::scan_unindexed(std::uint32_t rule, const icu::UnicodeString& text,
                                  std::vector<TermMatch>& found) {
  RuleState* state = prepare(rule, text);
  while (state && state->next_from <= text.length()) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t from = state->next_from;
    bool hit = state->regex->find(from, status);
    if (status == U_REGEX_TIME_OUT) timeouts_.push_back(MatchTimeout{rule, from});
    if (!record(rule, *state, status, hit, found)) return;
  }
}

/// Keeps one regex match as prh does. False when there was none (or it failed).
bool MatchSession::record(std::uint32_t rule, RuleState& state, UErrorCode status, bool hit,
                          std::vector<TermMatch>& found) {
  if (status == U_REGEX_TIME_OUT) state.timed_out = true;
  if (U_FAILURE(status) || !hit) return false;
  const icu::RegexMatcher& match = *state.regex;
  const PrhRule& definition = dictionary_.rules_[rule];
  TermMatch m{rule, match.start(status), match.end(status), "", ""};
  state.next_from = m.end > m.begin ? m.end : m.begin + 1;  // zero-length: never at load
  if (m.end == m.begin) return true;
  // regexpMustEmpty stands in for a negative lookbehind: the match is dropped, not retried.
  if (definition.must_be_empty && *definition.must_be_empty <= match.groupCount() &&
      !group_text(match, *definition.must_be_empty).empty()) {
    return true;
  }
  m.matched = group_text(match, 0);
  if (m.matched == definition.expected) return true;
  m.replacement = expand_expected(definition.expected, match);
  found.push_back(std::move(m));
  return true;
}

void resolve_overlaps(std::vector<TermMatch>& matches) {
  std::sort(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) {
    return std::tie(a.begin, a.end, a.rule) < std::tie(b.begin, b.end, b.rule);
  });
  std::vector<TermMatch> longest;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    bool longer_follows = i + 1 < matches.size() && matches[i + 1].begin == matches[i].begin &&
                          matches[i].end < matches[i + 1].end;
    if (!longer_follows) longest.push_back(std::move(matches[i]));
  }
  matches.clear();
  int32_t kept_end = 0;
  for (std::size_t i = 0; i < longest.size(); ++i) {
    // prh compares with the previous candidate; the kept end also guards what prh lets through.
    if (i > 0 && longest[i].begin < longest[i - 1].end) continue;
    if (longest[i].begin < kept_end) continue;
    kept_end = longest[i].end;
    matches.push_back(std::move(longest[i]));
  }
}

std::string expand_expected(std::string_view expected, const icu::RegexMatcher& match) {
  std::string out;
  auto is_digit = [&](std::size_t i) {
    return i < expected.size() && expected[i] >= '0' && expected[i] <= '9';
  };
  for (std::size_t i = 0; i < expected.size();) {
    if (expected[i] != '$' || !is_digit(i + 1)) {
      out += expected[i++];
      continue;
    }
    std::size_t digits = is_digit(i + 2) ? 2 : 1;
    int group = std::stoi(std::string(expected.substr(i + 1, digits)));
    if (group == 0 || group > match.groupCount()) {
      out += expected.substr(i, digits + 1);
    } else {
      out += group_text(match, group);
    }
    i += digits + 1;
  }
  return out;
}

std::string apply_matches(const Utf16Text& text, std::string_view utf8,
                          const std::vector<TermMatch>& matches) {
  std::string out;
  std::size_t copied = 0;
  for (const TermMatch& m : matches) {
    std::size_t begin = text.byte_offsets[m.begin], end = text.byte_offsets[m.end];
    out.append(utf8.substr(copied, begin - copied));
    out += m.replacement;
    copied = end;
  }
  out.append(utf8.substr(copied));
  return out;
}

}  // namespace tebiki
