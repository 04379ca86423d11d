#include "rule_prefilter.h"

#include <bit>
#include <string>
#include <utility>

namespace tebiki {
namespace {

/// A rule whose anchor has more code points than this is run with ICU's own search instead.
constexpr int32_t kMaxIndexedChars = 4096;
/// How far after a match's start its anchor may stand (code points).
constexpr std::uint32_t kMaxAnchorOffset = 15;
/// A pair anchor is used when it stands for at most this many pairs of code points.
constexpr int32_t kMaxPairs = 256;

template <typename Visit>
void for_each_code_point(const icu::UnicodeSet& set, Visit visit) {
  for (int32_t range = 0; range < set.getRangeCount(); ++range) {
    for (UChar32 c = set.getRangeStart(range); c <= set.getRangeEnd(range); ++c) {
      visit(static_cast<char32_t>(c));
    }
  }
}

/// The place of the narrowest pair of adjacent prefix sets, or npos when none is narrow enough.
std::size_t pair_anchor(const CompiledPattern& pattern) {
  std::size_t best = std::string::npos;
  int32_t best_pairs = kMaxPairs + 1;
  for (std::size_t i = 0; i + 1 < pattern.prefix.size() && i <= kMaxAnchorOffset; ++i) {
    int32_t first = pattern.prefix[i].size(), second = pattern.prefix[i + 1].size();
    if (first > kMaxPairs || second > kMaxPairs || first * second >= best_pairs) continue;
    best_pairs = first * second;
    best = i;
  }
  return best;
}

/// The place in a rule's matches with the fewest possible code points.
std::pair<const icu::UnicodeSet*, std::uint32_t> char_anchor(const CompiledPattern& pattern) {
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

}  // namespace

CodePointTest::CodePointTest(const icu::UnicodeSet& set) {
  icu::UnicodeSet listed(set);
  if (listed.size() > static_cast<int32_t>(kMaxListed)) {
    listed.complement();
    negated_ = true;
  }
  if (listed.size() > static_cast<int32_t>(kMaxListed)) {
    wide_ = &set;
    return;
  }
  for_each_code_point(listed, [this](char32_t c) { chars_[count_++] = c; });
}

void CandidateTable::add(std::uint64_t key, PrefilterCandidate candidate) {
  building_[key].push_back(candidate);
}

void CandidateTable::freeze() {
  slots_.assign(std::bit_ceil(building_.size() * 4 + 1), Slot{});
  mask_ = slots_.size() - 1;
  for (auto& [key, candidates] : building_) {
    std::uint64_t hash = mix(key), bit = hash >> (64 - kFilterBits);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::size_t slot = hash & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot] = Slot{key + 1, static_cast<std::uint32_t>(candidates_.size()),
                        static_cast<std::uint32_t>(candidates.size())};
    candidates_.insert(candidates_.end(), candidates.begin(), candidates.end());
  }
  building_.clear();
}

RulePrefilter::RulePrefilter(std::span<const PrhRule> rules) {
  prefix_begin_.push_back(0);
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    index_rule(r, rules[r].pattern);
    for (const icu::UnicodeSet& set : rules[r].pattern.prefix) tests_.emplace_back(set);
    prefix_begin_.push_back(tests_.size());
  }
  by_pair_.freeze();
  by_char_.freeze();
}

void RulePrefilter::index_rule(std::uint32_t rule, const CompiledPattern& pattern) {
  if (std::size_t at = pair_anchor(pattern); at != std::string::npos) {
    auto offset = static_cast<std::uint32_t>(at);
    for_each_code_point(pattern.prefix[at], [&](char32_t first) {
      for_each_code_point(pattern.prefix[at + 1], [&](char32_t second) {
        by_pair_.add(std::uint64_t{first} << kPairShift | second, PrefilterCandidate{rule, offset});
      });
    });
    return;
  }
  auto [chars, at] = char_anchor(pattern);
  if (chars->size() > kMaxIndexedChars) {
    unindexed_.push_back(rule);
    return;
  }
  // A copy: clang before 16 refuses to capture a structured binding in a lambda.
  PrefilterCandidate candidate{rule, at};
  for_each_code_point(*chars, [&](char32_t c) { by_char_.add(c, candidate); });
}

}  // namespace tebiki
