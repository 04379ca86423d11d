// What a piece of a regular expression can match, as far as the dictionary matcher's
// prefilter needs to know: whether it may be empty, the characters it can start with, and
// the characters each of its first few code points must be.
#pragma once

#include <unicode/uniset.h>

#include <vector>

namespace tebiki {

struct Fragment {
  bool nullable = true;
  icu::UnicodeSet first;  ///< every code point a non-empty match can start with
  /// The set each of the first code points of any match belongs to (code point i of a match
  /// is in prefix[i]), as far as the pattern fixes them.
  std::vector<icu::UnicodeSet> prefix;
  bool exact = true;  ///< every match is exactly prefix.size() code points long

  /// One code point of `set` (a literal, a class, `.`).
  static Fragment one_of(const icu::UnicodeSet& set);
  /// Anything, or nothing (a backreference).
  static Fragment anything();

  /// This fragment followed by `next`.
  void then(const Fragment& next);
  /// This fragment or `other`.
  void or_else(const Fragment& other);
  /// This fragment repeated min to max times (max < 0: no limit).
  void repeat(long min, long max);
  /// Closes every set over case, for a pattern matched case-insensitively.
  void fold_case();
};

}  // namespace tebiki
