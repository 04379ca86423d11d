// Known katakana loanwords: the words JIS Z 8301 writes without their final ー (サーバ, ユーザ),
// which are the only words the kokuji style lengthens, and the parts that split a compound
// (ウェブサーバ → ウェブ|サーバ, サーバーセンター → サーバー|センター).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "katakana.h"

namespace tebiki {

/// Loanwords of three or more sounds ending in -er, -or, -ar, in their JIS form (サーバ,
/// コンピュータ …). Their kokuji form adds ー.
std::span<const std::string_view> jis_shortened_words();

/// Splits a katakana compound at the known words inside it.
class CompoundSplitter {
 public:
  /// Known parts: every shortened word in both forms, common loanwords, and `extra` words.
  explicit CompoundSplitter(const std::vector<std::string>& extra = {});

  /// The parts of a katakana word (a run of katakana letters and ー), as spans of `word`.
  /// A known word is a part of its own when it ends the compound, ends in ー, or is followed
  /// by another known word; anything between known words is a part too.
  std::vector<TextSpan> split(std::string_view word) const;

 private:
  void add(std::string word);
  /// End of the known word at `at` that makes a part, or 0 when there is none.
  std::size_t known_part_end(std::string_view word, std::size_t at) const;
  bool known_at(std::string_view word, std::size_t at) const;

  /// Known words by their first code point, longest first.
  std::unordered_map<char32_t, std::vector<std::string>> by_first_;
};

}  // namespace tebiki
