// The spellings of one word (or pair of words) found across the book, and the report of the
// minority ones. Shared by `variants` (ウィルス/ウイルス) and `punctuation`
// (運用・監視/運用／監視).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rule.h"

namespace tebiki {

/// Where one spelling occurs: bytes [begin, end) of a run's text.
struct SpellingOccurrence {
  const LintedFile* file = nullptr;
  const TextRun* run = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool reportable = true;  ///< false when another check reports this occurrence already
};

/// Every spelling of one word, in order of first appearance (callers add in book order).
class SpellingGroup {
 public:
  void add(const std::string& spelling, const SpellingOccurrence& occurrence);
  std::size_t spelling_count() const { return spellings_.size(); }

  /// Reports each occurrence of every spelling but the most frequent one, with the counts of
  /// all spellings: 「ウィルス」(2件) と「ウイルス」(5件) が混在している. The fix writes the most
  /// frequent spelling; on a tie the first one seen stands and nothing is fixed.
  void report_minorities(const std::string& rule, Severity severity, Diagnostics& out) const;

 private:
  using Spelling = std::pair<std::string, std::vector<SpellingOccurrence>>;
  std::string message(const Spelling& reported) const;

  std::vector<Spelling> spellings_;
};

}  // namespace tebiki
