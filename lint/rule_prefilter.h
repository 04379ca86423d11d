// The literal prefilter of dictionary matching: which rules are worth an ICU attempt at a
// position of a text. Each rule is filed under the pair of adjacent code points its matches
// must have at a fixed distance from their start (`[JjＪｊ][SsＳｓ]` under its 16 pairs,
// `[^解]決して` under 決し one code point in), or under one code point when no pair is narrow
// enough; then every code point the pattern fixes at the start is checked, without ICU.
#pragma once

#include <unicode/uniset.h>

#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "prh_rule.h"

namespace tebiki {

/// A set of code points tested without ICU when it (or its complement) is small.
class CodePointTest {
 public:
  /// `set` must outlive the test (it is only kept when it is wide).
  explicit CodePointTest(const icu::UnicodeSet& set);

  bool contains(char32_t c) const {
    if (wide_) return wide_->contains(static_cast<UChar32>(c));
    for (std::uint8_t i = 0; i < count_; ++i) {
      if (chars_[i] == c) return !negated_;
    }
    return negated_;
  }

 private:
  static constexpr std::size_t kMaxListed = 6;
  const icu::UnicodeSet* wide_ = nullptr;
  std::array<char32_t, kMaxListed> chars_{};
  std::uint8_t count_ = 0;
  bool negated_ = false;
};

/// A rule to try where its anchor stands `offset` code points after the match's start.
struct PrefilterCandidate {
  std::uint32_t rule = 0;
  std::uint32_t offset = 0;
};

/// A hash table from a 64-bit key to candidates, read-only once built, with a bit filter in
/// front: most code points of a text are no rule's anchor and cost one bit test.
class CandidateTable {
 public:
  void add(std::uint64_t key, PrefilterCandidate candidate);
  /// Lays the table out flat; `add` may not be called afterwards.
  void freeze();

  std::span<const PrefilterCandidate> find(std::uint64_t key) const {
    std::uint64_t hash = mix(key);
    std::uint64_t bit = hash >> (64 - kFilterBits);
    if (!(filter_[bit >> 6] >> (bit & 63) & 1)) return {};
    for (std::size_t slot = hash & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key == key + 1) return {candidates_.data() + s.begin, s.count};
      if (s.key == 0) return {};
    }
  }

 private:
  static constexpr int kFilterBits = 18;
  static std::uint64_t mix(std::uint64_t key) {  // splitmix64's finalizer
    key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ULL;
    key = (key ^ (key >> 27)) * 0x94D049BB133111EBULL;
    return key ^ (key >> 31);
  }
  struct Slot {
    std::uint64_t key = 0;  ///< key + 1; 0 is an empty slot
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };
  std::unordered_map<std::uint64_t, std::vector<PrefilterCandidate>> building_;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1 << (kFilterBits - 6));
  std::vector<Slot> slots_ = std::vector<Slot>(1);
  std::size_t mask_ = 0;
  std::vector<PrefilterCandidate> candidates_;
};

/// The index of a dictionary's rules by anchor, and the check of their fixed prefixes.
class RulePrefilter {
 public:
  /// `rules` must outlive the prefilter.
  explicit RulePrefilter(std::span<const PrhRule> rules);

  /// Rules anchored on the code points `first` then `second`.
  std::span<const PrefilterCandidate> at_pair(char32_t first, char32_t second) const {
    return by_pair_.find(std::uint64_t{first} << kPairShift | second);
  }
  /// Rules anchored on one code point.
  std::span<const PrefilterCandidate> at_char(char32_t c) const { return by_char_.find(c); }
  /// Rules whose anchor has too many code points to index: ICU searches for them.
  std::span<const std::uint32_t> unindexed() const { return unindexed_; }

  /// Whether the code points from `start` have every code point `rule` fixes at the start of
  /// its matches. Much cheaper than an ICU attempt, and most candidates fail it.
  bool prefix_fits(std::uint32_t rule, std::span<const char32_t> text, std::size_t start) const {
    std::size_t end = prefix_begin_[rule + 1], at = start;
    for (std::size_t i = prefix_begin_[rule]; i < end; ++i, ++at) {
      if (at >= text.size() || !tests_[i].contains(text[at])) return false;
    }
    return true;
  }

 private:
  void index_rule(std::uint32_t rule, const CompiledPattern& pattern);

  static constexpr int kPairShift = 21;  ///< a pair's key: first << 21 | second
  CandidateTable by_pair_;
  CandidateTable by_char_;
  std::vector<std::uint32_t> unindexed_;
  std::vector<CodePointTest> tests_;       ///< every rule's prefix, one after the other
  std::vector<std::size_t> prefix_begin_;  ///< rule r's tests are [begin[r], begin[r + 1])
};

}  // namespace tebiki
