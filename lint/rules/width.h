// Rule `width`: full-width Latin letters and digits (ＮＷ → NW, １２３ → 123) and half-width
// katakana (ｻｰﾊﾞ → サーバ), fixed through NFKC.
#pragma once

#include "rule.h"

namespace tebiki {

/// Full-width forms of ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９).
bool is_full_width_alphanumeric(char32_t c);
/// Half-width katakana and their punctuation (U+FF61–U+FF9F: ｡｢｣､･ｦ–ﾟ).
bool is_half_width_katakana(char32_t c);

class WidthRule : public Rule {
 public:
  explicit WidthRule(const LintConfig& config);
  std::string_view id() const override { return "width"; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;

 private:
  void check_run(const LintedFile& file, const TextRun& run, Diagnostics& out) const;

  Severity severity_;
};

}  // namespace tebiki
