// Rule `punctuation`: 、。 against ，． (LintConfig::periods), a half-width slash between
// Japanese words (運用/監視 → 運用／監視), and the same pair of words joined by ・ in one place
// and by ／ in another across the book.
#pragma once

#include "rule.h"

namespace tebiki {

class PunctuationRule : public Rule {
 public:
  explicit PunctuationRule(const LintConfig& config);
  std::string_view id() const override { return "punctuation"; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;
  /// Pairs of words joined by both ・ and ／ (運用・監視 / 運用／監視): the minority is reported.
  void check_book(std::span<const LintedFile> files, Diagnostics& out) const override;
  bool needs_book() const override { return true; }

 private:
  void check_run(const LintedFile& file, const TextRun& run, Diagnostics& out) const;

  PeriodStyle periods_;
  Severity severity_;
  Severity mixed_severity_;
};

}  // namespace tebiki
