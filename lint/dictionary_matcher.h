// Matching every rule of a dictionary over a text in one pass: a literal prefilter
// (rule_prefilter.h: the code points a rule's match must have at some fixed place) picks the
// rules worth trying at each position, and only those run their ICU regex there. Each text is
// converted to UTF-16 once, for all rules.
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prh_rule.h"
#include "rule_prefilter.h"

namespace tebiki {

/// ICU's time limit for one match attempt (in ICU's steps, about a tenth of a millisecond
/// each here): a regex that backtracks for ever stops instead of hanging.
inline constexpr int32_t kLintTimeLimit = 3000;
inline constexpr int32_t kSpecTimeLimit = 1000;

/// One finding of a dictionary in a text.
struct TermMatch {
  std::size_t rule = 0;  ///< index in the dictionary's rules
  int32_t begin = 0;     ///< UTF-16 offsets in the text
  int32_t end = 0;
  std::string matched;      ///< the text matched, UTF-8
  std::string replacement;  ///< expected with $1…$99 filled in
};

/// A rule whose regex ran out of time, and where.
struct MatchTimeout {
  std::size_t rule = 0;
  int32_t at = 0;
};

/// A text converted once to UTF-16, with the UTF-8 byte offset of each unit.
struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::size_t> byte_offsets;  ///< one per unit, plus the end
};
Utf16Text to_utf16(std::string_view utf8);

/// The shared, immutable side of matching: the rules and their prefilter.
class DictionaryMatcher {
 public:
  /// `rules` must outlive the matcher.
  DictionaryMatcher(std::span<const PrhRule> rules, int32_t time_limit);

  std::span<const PrhRule> rules() const { return rules_; }

 private:
  friend class MatchSession;
  std::span<const PrhRule> rules_;
  int32_t time_limit_;
  RulePrefilter prefilter_;
};

/// The per-thread side of matching (ICU matchers are not shareable): one per file checked.
class MatchSession {
 public:
  explicit MatchSession(const DictionaryMatcher& dictionary);
  ~MatchSession();

  /// Every finding in the text: prh's matches, overlaps resolved as prh does, without those
  /// that already read as expected.
  std::vector<TermMatch> find(const icu::UnicodeString& text);
  /// Rules that ran out of time so far; each is skipped for the rest of the session.
  const std::vector<MatchTimeout>& timeouts() const { return timeouts_; }

 private:
  struct RuleState;
  void decode(const icu::UnicodeString& text);
  void try_candidates(std::span<const PrefilterCandidate> candidates, std::size_t at,
                      const icu::UnicodeString& text, std::vector<TermMatch>& found);
  RuleState* prepare(std::uint32_t rule, const icu::UnicodeString& text);
  void try_at(std::uint32_t rule, const icu::UnicodeString& text, int32_t at,
              std::vector<TermMatch>& found);
  void scan_unindexed(std::uint32_t rule, const icu::UnicodeString& text,
                      std::vector<TermMatch>& found);
  bool record(std::uint32_t rule, RuleState& state, UErrorCode status, bool hit,
              std::vector<TermMatch>& found);

  const DictionaryMatcher& dictionary_;
  std::vector<std::unique_ptr<RuleState>> states_;
  std::uint64_t generation_ = 0;
  std::vector<MatchTimeout> timeouts_;
  std::vector<char32_t> code_points_;  ///< the text being matched, decoded once
  std::vector<int32_t> unit_index_;    ///< UTF-16 index of each code point
};

/// prh's resolution of overlapping matches (ChangeSet._prepare): for the same start the
/// longest wins, otherwise the earlier start; what is left never overlaps.
void resolve_overlaps(std::vector<TermMatch>& matches);

/// `expected` with `$1`…`$99` replaced by the groups, as prh does: `$0` and numbers past the
/// last group stay as written, a group that matched nothing gives "".
std::string expand_expected(std::string_view expected, const icu::RegexMatcher& match);

/// The text with non-overlapping matches replaced (what a spec checks).
std::string apply_matches(const Utf16Text& text, std::string_view utf8,
                          const std::vector<TermMatch>& matches);

}  // namespace tebiki
