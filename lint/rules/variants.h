// Rule `variants` (表記ゆれ): with no dictionary, the words written more than one way across
// every file linted together (ウィルス/ウイルス, サーバー/サーバ, ＮＷ/NW, Web/WEB,
// ウェブ・サーバ/ウェブサーバ). Each minority spelling is reported with the counts of all.
#pragma once

#include <optional>
#include <string>

#include "long_vowel.h"
#include "long_vowel_words.h"
#include "rule.h"

namespace tebiki {

class VariantsRule : public Rule {
 public:
  explicit VariantsRule(const LintConfig& config);
  std::string_view id() const override { return "variants"; }
  void check_book(std::span<const LintedFile> files, Diagnostics& out) const override;
  bool needs_book() const override { return true; }

 private:
  struct Word;
  std::vector<Word> words_of(const LintedFile& file) const;
  /// The word as the other enabled rules will have it written: a difference that
  /// `long-vowel` or `width` reports already is not a variant.
  std::string settled_spelling(std::string_view word) const;

  CompoundSplitter splitter_;
  std::optional<LongVowelSpelling> long_vowel_;  ///< set when `long-vowel` runs
  bool width_settles_ = false;                   ///< `width` runs
  Severity severity_;
};

}  // namespace tebiki
