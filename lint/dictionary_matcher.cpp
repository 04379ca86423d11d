#include "dictionary_matcher.h"

#include <algorithm>
#include <tuple>

namespace tebiki {
namespace {

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

}  // namespace

Utf16Text to_utf16(std::string_view utf8) {
  Utf16Text converted;
  converted.byte_offsets.resize(utf8.size() + 1);  // never more units than bytes
  // Written in place: appending one code point at a time to a UnicodeString is slow.
  char16_t* units = converted.text.getBuffer(static_cast<int32_t>(utf8.size()) + 1);
  std::size_t count = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t length = 1;
    auto byte = static_cast<unsigned char>(utf8[i]);
    char32_t c = byte < 0x80 ? byte : decode_utf8(utf8, i, &length);
    if (c < 0x10000) {
      units[count] = static_cast<char16_t>(c);
      converted.byte_offsets[count++] = i;
    } else {
      units[count] = U16_LEAD(c);
      units[count + 1] = U16_TRAIL(c);
      converted.byte_offsets[count++] = i;
      converted.byte_offsets[count++] = i;
    }
    i += length;
  }
  converted.text.releaseBuffer(static_cast<int32_t>(count));
  converted.byte_offsets[count] = utf8.size();
  converted.byte_offsets.resize(count + 1);
  return converted;
}

DictionaryMatcher::DictionaryMatcher(std::span<const PrhRule> rules, int32_t time_limit)
    : rules_(rules), time_limit_(time_limit), prefilter_(rules) {}

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
  const RulePrefilter& prefilter = dictionary_.prefilter_;
  for (std::uint32_t rule : prefilter.unindexed()) scan_unindexed(rule, text, found);
  decode(text);
  std::size_t count = code_points_.size();
  for (std::size_t at = 0; at < count; ++at) {
    if (at + 1 < count) {
      try_candidates(prefilter.at_pair(code_points_[at], code_points_[at + 1]), at, text, found);
    }
    try_candidates(prefilter.at_char(code_points_[at]), at, text, found);
  }
  resolve_overlaps(found);
  // textlint-rule-prh reports nothing where the replacement reads as the text already.
  std::erase_if(found, [](const TermMatch& m) { return m.matched == m.replacement; });
  return found;
}

void MatchSession::decode(const icu::UnicodeString& text) {
  code_points_.clear();
  unit_index_.clear();
  const char16_t* units = text.getBuffer();
  for (int32_t i = 0, length = text.length(); i < length;) {
    unit_index_.push_back(i);
    UChar32 c;
    U16_NEXT(units, i, length, c);
    code_points_.push_back(static_cast<char32_t>(c));
  }
}

/// Runs the regex of each candidate whose fixed prefix fits where its match would start.
void MatchSession::try_candidates(std::span<const PrefilterCandidate> candidates, std::size_t at,
                                  const icu::UnicodeString& text, std::vector<TermMatch>& found) {
  for (const auto& [rule, offset] : candidates) {
    if (offset > at) continue;
    std::size_t start = at - offset;
    if (dictionary_.prefilter_.prefix_fits(rule, code_points_, start)) {
      try_at(rule, text, unit_index_[start], found);
    }
  }
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
