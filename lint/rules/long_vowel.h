// Rule `long-vowel`: the trailing ー of katakana loanwords, written by sound count in the
// JIS Z 8301 style (サーバ) or in the style of the cabinet notice 外来語の表記 (サーバー).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "config.h"
#include "katakana.h"
#include "long_vowel_words.h"
#include "rule.h"

namespace tebiki {

/// One part of a katakana word that the style writes differently.
struct PartRespelling {
  TextSpan part;          ///< bytes of the word
  std::string respelled;  ///< the part as the style writes it
};

/// How a long-vowel style writes katakana words, part by part of a compound.
/// jis: drop a trailing ー after an a- or i-sound when three or more sounds remain
/// (サーバー → サーバ; カバー, キー, エラー stay; インタビュー, フロー stay: not -er/-y).
/// kokuji: add ー only to the known JIS-shortened words (サーバ → サーバー; ドア stays).
class LongVowelSpelling {
 public:
  /// `keep`: words written as given in either style (ポリシー keeps its ー in jis).
  LongVowelSpelling(LongVowelStyle style, std::vector<std::string> keep);

  /// Parts of `word` (a run of katakana letters and ー) that the style writes differently.
  std::vector<PartRespelling> respell_parts(std::string_view word) const;
  /// The whole word as the style writes it.
  std::string respell(std::string_view word) const;

 private:
  std::optional<std::string> respell_part(std::string_view part) const;
  bool kept(std::string_view part) const;

  LongVowelStyle style_;
  std::vector<std::string> keep_;
  CompoundSplitter splitter_;
  std::set<std::string_view> shortened_;
};

class LongVowelRule : public Rule {
 public:
  explicit LongVowelRule(const LintConfig& config);
  std::string_view id() const override { return "long-vowel"; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;

 private:
  std::string message(std::string_view written, std::string_view respelled) const;

  LongVowelSpelling spelling_;
  LongVowelStyle style_;
  Severity severity_;
};

}  // namespace tebiki
