#include "fix.h"

#include <gtest/gtest.h>

namespace tebiki {
namespace {

Diagnostic fix(std::size_t begin, std::size_t end, std::optional<std::string> replacement,
               std::string rule = "r") {
  return {std::move(rule), Severity::Error, "a.md", begin, end, "m", std::move(replacement)};
}

// Stands for a rule: every 「サーバー」 becomes 「サーバ」.
Diagnostics long_vowels(const std::string& text) {
  Diagnostics found;
  const std::string word = "サーバー";
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    found.push_back(fix(at, at + word.size(), "サーバ"));
  }
  return found;
}

TEST(ApplyFixes, ReplacesRangesAndKeepsTheRest) {
  FixResult result = apply_fixes("abcdef", Diagnostics{fix(4, 5, "E"), fix(1, 3, "BC!")});
  EXPECT_EQ(result.text, "aBC!dEf");
  EXPECT_EQ(result.applied, 2u);
}

TEST(ApplyFixes, DiagnosticsWithoutReplacementAreSkipped) {
  FixResult result = apply_fixes("abc", Diagnostics{fix(0, 1, std::nullopt)});
  EXPECT_EQ(result.text, "abc");
  EXPECT_EQ(result.applied, 0u);
}

TEST(ApplyFixes, OverlapKeepsTheEarlierRange) {
  FixResult result = apply_fixes("abcdef", Diagnostics{fix(2, 5, "X"), fix(1, 3, "Y")});
  EXPECT_EQ(result.text, "aYdef");
  EXPECT_EQ(result.applied, 1u);
}

TEST(ApplyFixes, SameStartIsAmbiguousUnlessTheSameFix) {
  EXPECT_EQ(apply_fixes("abc", Diagnostics{fix(1, 1, "X"), fix(1, 1, "Y")}).text, "aXbc");
  FixResult twice = apply_fixes("abc", Diagnostics{fix(1, 2, "B", "p"), fix(1, 2, "B", "q")});
  EXPECT_EQ(twice.text, "aBc");
  EXPECT_EQ(twice.applied, 1u);
}

TEST(ApplyFixes, AdjacentRangesBothApply) {
  EXPECT_EQ(apply_fixes("abcd", Diagnostics{fix(0, 2, "X"), fix(2, 4, "Y")}).text, "XY");
}

TEST(ApplyFixes, RangesOutsideTheTextAreIgnored) {
  EXPECT_EQ(apply_fixes("abc", Diagnostics{fix(2, 9, "X"), fix(3, 1, "Y")}).text, "abc");
}

TEST(ApplyFixes, ReplacementEqualToTheTextIsNotCounted) {
  EXPECT_EQ(apply_fixes("abc", Diagnostics{fix(0, 1, "a")}).applied, 0u);
}

TEST(ApplyFixes, BomAndCrlfAreKeptByteForByte) {
  std::string text = "\xEF\xBB\xBFサーバーの設定\r\n\r\n別のサーバー \r\n末尾";
  FixResult result = apply_fixes(text, long_vowels(text));
  EXPECT_EQ(result.text, "\xEF\xBB\xBFサーバの設定\r\n\r\n別のサーバ \r\n末尾");
  EXPECT_EQ(result.applied, 2u);
}

TEST(ApplyFixes, SecondRoundChangesNothing) {
  std::string text = "サーバーとサーバー\n";
  FixResult first = apply_fixes(text, long_vowels(text));
  FixResult second = apply_fixes(first.text, long_vowels(first.text));
  EXPECT_EQ(second.text, first.text);
  EXPECT_EQ(second.applied, 0u);
}

}  // namespace
}  // namespace tebiki
