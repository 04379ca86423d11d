// Matching a dictionary over text as prh and textlint-rule-prh do: overlaps, $1,
// wordBoundary, regexpMustEmpty, patterns made from expected, the time limit.
#include <gtest/gtest.h>

#include "dictionary_matcher.h"
#include "prh_dictionary.h"
#include "rules/terms.h"

namespace tebiki {
namespace {

using Lines = std::vector<std::string>;

PrhDictionary load(const std::string& yaml) {
  std::vector<SourceError> errors;
  auto dictionary = load_prh_dictionary_text("test.yml", yaml, {}, &errors);
  for (const SourceError& error : errors) ADD_FAILURE() << error.to_string();
  return dictionary ? std::move(*dictionary) : PrhDictionary{};
}

/// Each finding as "matched→replacement@utf16-offset".
Lines findings(const std::string& yaml, const std::string& text) {
  PrhDictionary dictionary = load(yaml);
  DictionaryMatcher matcher(dictionary.rules, kLintTimeLimit);
  MatchSession session(matcher);
  Lines found;
  for (const TermMatch& m : session.find(to_utf16(text).text)) {
    found.push_back(m.matched + "→" + m.replacement + "@" + std::to_string(m.begin));
  }
  return found;
}

TEST(PrhMatcher, SameStartTheLongestWins) {
  const char* yaml = "rules:\n  - {expected: X, pattern: ab}\n  - {expected: Y, pattern: abc}\n";
  EXPECT_EQ(findings(yaml, "abcd"), Lines{"abc→Y@0"});
}

TEST(PrhMatcher, OtherwiseTheEarlierStartWins) {
  const char* yaml = "rules:\n  - {expected: X, pattern: bc}\n  - {expected: Y, pattern: ab}\n";
  EXPECT_EQ(findings(yaml, "abc"), Lines{"ab→Y@0"});
}

TEST(PrhMatcher, SameRangeTheFirstRuleWins) {
  const char* yaml = "rules:\n  - {expected: X, pattern: ab}\n  - {expected: Y, pattern: '/a./'}\n";
  EXPECT_EQ(findings(yaml, "ab"), Lines{"ab→X@0"});
}

TEST(PrhMatcher, AMatchOverlappingADroppedOneIsDroppedAsInPrh) {
  // prh compares each candidate with the one before it, even a dropped one.
  const char* yaml =
      "rules:\n  - {expected: A, pattern: abcde}\n  - {expected: B, pattern: def}\n"
      "  - {expected: C, pattern: fgh}\n";
  EXPECT_EQ(findings(yaml, "abcdefgh"), Lines{"abcde→A@0"});
}

TEST(PrhMatcher, MatchesOfOneRuleDoNotOverlap) {
  EXPECT_EQ(findings("rules:\n  - {expected: b, pattern: aa}\n", "aaaaa"),
            (Lines{"aa→b@0", "aa→b@2"}));
}

TEST(PrhMatcher, GroupsFillTheReplacement) {
  const char* yaml = "rules:\n  - expected: 作$1\n    pattern: /つく([らりるれろっ])/\n";
  EXPECT_EQ(findings(yaml, "つくる"), Lines{"つくる→作る@0"});
  // $0 and numbers past the last group stay as written; an unmatched group gives "".
  const char* literal = "rules:\n  - expected: $0-$12-$2\n    pattern: /(a)(b)?/\n";
  EXPECT_EQ(findings(literal, "a"), Lines{"a→$0-$12-@0"});
}

TEST(PrhMatcher, WordBoundary) {
  const char* yaml = "rules:\n  - expected: js\n    options: {wordBoundary: true}\n";
  EXPECT_EQ(findings(yaml, "foo JS bar"), Lines{"JS→js@4"});
  EXPECT_EQ(findings(yaml, "foo altJS bar"), Lines{});
  EXPECT_EQ(findings(yaml, "今日もJS祭り"), Lines{"JS→js@3"});
}

TEST(PrhMatcher, RegexpMustEmpty) {
  const char* yaml =
      "rules:\n  - expected: ソフトウェア\n    pattern: /(日経)?ソフトウエア/\n"
      "    regexpMustEmpty: $1\n";
  EXPECT_EQ(findings(yaml, "日経ソフトウエア"), Lines{});
  EXPECT_EQ(findings(yaml, "広義のソフトウエア"), Lines{"ソフトウエア→ソフトウェア@3"});
}

TEST(PrhMatcher, PatternFromExpectedSpreadsCaseAndWidth) {
  EXPECT_EQ(findings("rules:\n  - jQuery\n", "JQUERY ｊｑｕｅｒｙ jQuery"),
            (Lines{"JQUERY→jQuery@0", "ｊｑｕｅｒｙ→jQuery@7"}));
  EXPECT_EQ(findings("rules:\n  - Web2\n", "web２"), Lines{"web２→Web2@0"});
  // Unlike prh, other characters of expected are literal: "." does not match "x".
  EXPECT_EQ(findings("rules:\n  - Node.js\n", "NodeXjs node.js"), Lines{"node.js→Node.js@8"});
}

TEST(PrhMatcher, NothingWhereTheTextAlreadyReadsAsExpected) {
  EXPECT_EQ(findings("rules:\n  - {expected: サーバ, pattern: '/サーバー?/'}\n", "サーバ"),
            Lines{});
  EXPECT_EQ(findings("rules:\n  - {expected: '$1', pattern: '/(a)/'}\n", "a"), Lines{});
}

TEST(PrhMatcher, LookbehindSeesTheTextBeforeTheCandidate) {
  EXPECT_EQ(findings("rules:\n  - {expected: ヴァ, pattern: '/(?<=サー)バ/'}\n", "サーバ"),
            Lines{"バ→ヴァ@2"});
}

TEST(PrhMatcher, BroadFirstCharactersAreSearchedWithoutTheIndex) {
  EXPECT_EQ(findings("rules:\n  - {expected: Z, pattern: '/[^x]y/'}\n", "xyay"), Lines{"ay→Z@2"});
}

TEST(PrhMatcher, RulesWithABroadFirstCharacterAreFoundByALaterOne) {
  const char* yaml = "rules:\n  - {expected: '$1の', pattern: '/([^も])のの/'}\n";
  EXPECT_EQ(findings(yaml, "ののがのの、もののの"), (Lines{"がのの→がの@2", "ののの→のの@7"}));
  EXPECT_EQ(findings(yaml, "のの"), Lines{});
}

TEST(PrhMatcher, TimeLimitStopsACatastrophicRegex) {
  PrhDictionary dictionary = load("rules:\n  - {expected: x, pattern: '/(a+)+b/'}\n");
  DictionaryMatcher matcher(dictionary.rules, 100);
  MatchSession session(matcher);
  EXPECT_EQ(session.find(to_utf16(std::string(60, 'a') + "c").text).size(), 0u);
  ASSERT_EQ(session.timeouts().size(), 1u);
  EXPECT_EQ(session.timeouts()[0].at, 0);
  session.find(to_utf16("ab").text);  // the rule is not tried again in this session
  EXPECT_EQ(session.timeouts().size(), 1u);
}

TEST(PrhMatcher, Utf16OffsetsMapBackToBytes) {
  Utf16Text text = to_utf16("a😀あ");
  EXPECT_EQ(text.text.length(), 4);
  EXPECT_EQ(text.byte_offsets, (std::vector<std::size_t>{0, 1, 1, 5, 8}));
}

TEST(TermMessage, Forms) {
  EXPECT_EQ(term_message("サーバー", "サーバ", ""), "「サーバー」は「サーバ」と書く");
  EXPECT_EQ(term_message("えーと", "", ""), "「えーと」は削除する");
  EXPECT_EQ(term_message("FW", "ファイアウォール", "略さない"),
            "「FW」は「ファイアウォール」と書く（略さない）");
}

}  // namespace
}  // namespace tebiki
