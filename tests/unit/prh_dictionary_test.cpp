// Loading prh dictionaries: bad ones give located errors (never a hang), imports merge as
// prh merges them, strict mode reports what prh accepts silently.
#include "prh_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "rules/kana_kanji.h"

namespace tebiki {
namespace {

const std::string kDictionaries = std::string(TEBIKI_TEST_DATA_DIR) + "/dictionaries/";

/// "file.yml:line:col: message" for each error, the path shortened to its file name.
std::vector<std::string> load_errors(const std::string& name, bool strict = false) {
  std::vector<SourceError> errors;
  load_prh_dictionary(kDictionaries + name, DictionaryOptions{strict}, &errors);
  std::vector<std::string> lines;
  for (SourceError& error : errors) {
    error.path = std::filesystem::path(error.path).filename().string();
    lines.push_back(error.to_string());
  }
  return lines;
}

std::vector<std::string> expected_of(const PrhDictionary& dictionary) {
  std::vector<std::string> expected;
  for (const PrhRule& rule : dictionary.rules) expected.push_back(rule.expected);
  return expected;
}

using Lines = std::vector<std::string>;

TEST(PrhDictionaryBad, ImportCycleIsAnError) {
  EXPECT_EQ(
      load_errors("bad/cycle-a.yml"),
      Lines{"cycle-b.yml:2:10: error: import cycle: cycle-a.yml → cycle-b.yml → cycle-a.yml"});
}

TEST(PrhDictionaryBad, InvalidRegexNamesTheRule) {
  EXPECT_EQ(load_errors("bad/bad-regex.yml"),
            Lines{"bad-regex.yml:4:5: error: rule 「($1)」: invalid pattern /\\(([^)]+\\)/gmu: "
                  "unterminated group at character 10"});
}

TEST(PrhDictionaryBad, CatastrophicRegexTimesOutInsteadOfHanging) {
  EXPECT_EQ(load_errors("bad/catastrophic-regex.yml"),
            Lines{"catastrophic-regex.yml:7:9: error: rule 「x」: pattern /(a+)+b/gmu ran out of "
                  "time on spec 「aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac」 (does it "
                  "backtrack catastrophically?)"});
}

TEST(PrhDictionaryBad, FailingSpecNamesTheRule) {
  EXPECT_EQ(load_errors("bad/failing-spec.yml"),
            Lines{"failing-spec.yml:5:9: error: rule 「JavaScript」: spec failed: 「JAVASCRIPT」 "
                  "became 「JavaScript」, expected 「JavaScprit」 (pattern "
                  "/[JjＪｊ][AaＡａ][VvＶｖ][AaＡａ][SsＳｓ][CcＣｃ][RrＲｒ][IiＩｉ][PpＰｐ]["
                  "TtＴｔ]/gmu)"});
}

TEST(PrhDictionaryBad, EmptyPatternIsAnError) {
  EXPECT_EQ(load_errors("bad/empty-pattern.yml"),
            Lines{"empty-pattern.yml:3:5: error: rule 「サーバ」: empty pattern"});
}

TEST(PrhDictionaryBad, ZeroLengthPatternIsAnError) {
  EXPECT_EQ(load_errors("bad/zero-length-pattern.yml"),
            Lines{"zero-length-pattern.yml:4:5: error: rule 「x」: invalid pattern /y*/gmu: it can "
                  "match the empty string"});
}

TEST(PrhDictionaryBad, EmptyExpectedNeedsAPattern) {
  EXPECT_EQ(load_errors("bad/empty-expected-without-pattern.yml"),
            Lines{"empty-expected-without-pattern.yml:4:5: error: rule 「」: a rule with an "
                  "empty expected needs a pattern"});
}

TEST(PrhDictionaryBad, MissingExpected) {
  EXPECT_EQ(load_errors("bad/missing-expected.yml"),
            Lines{"missing-expected.yml:3:5: error: rule has no expected"});
}

TEST(PrhDictionaryBad, RegexpMustEmptyNeedsAGroupReference) {
  EXPECT_EQ(load_errors("bad/bad-must-empty.yml"),
            Lines{"bad-must-empty.yml:5:22: error: regexpMustEmpty must be a group reference "
                  "like $1"});
}

TEST(PrhDictionaryBad, BrokenYaml) {
  Lines errors = load_errors("bad/broken-yaml.yml");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("broken-yaml.yml:5:1: error: invalid YAML: ")) << errors[0];
}

TEST(PrhDictionaryBad, MissingImport) {
  EXPECT_EQ(load_errors("bad/missing-import.yml"),
            Lines{"missing-import.yml:3:5: error: cannot import 'no-such-file.yml': no such file"});
}

TEST(PrhDictionaryBad, UnboundedLookbehindIsICUsLimit) {
  EXPECT_EQ(load_errors("bad/unbounded-lookbehind.yml"),
            Lines{"unbounded-lookbehind.yml:4:5: error: rule 「こと」: invalid pattern "
                  "/(?<=す.*)事/gmu: a lookbehind must have a bounded length (ICU's limit)"});
}

TEST(PrhDictionaryGood, HyphenAndYenInLiteralPatternsWork) {
  EXPECT_EQ(load_errors("good/hyphen.yml"), Lines{});
}

TEST(PrhDictionaryGood, ImportsMergeAsPrhDoes) {
  std::vector<SourceError> errors;
  auto dictionary = load_prh_dictionary(kDictionaries + "good/imports.yml", {}, &errors);
  ASSERT_TRUE(dictionary) << errors[0].to_string();
  // Own rules first; then imports in order; the first expected wins (imports-a's サーバ is
  // dropped); imports-c's own import is disabled; testA, testB, testC are ignored.
  EXPECT_EQ(expected_of(*dictionary), (Lines{"サーバ", "a", "c", "testD"}));
  EXPECT_EQ(dictionary->rules[0].pattern.prh_form, "/サーバー/gmu");
}

TEST(PrhDictionaryStrict, UnknownKey) {
  EXPECT_EQ(load_errors("strict/unknown-key.yml"), Lines{});
  EXPECT_EQ(load_errors("strict/unknown-key.yml", true),
            Lines{"unknown-key.yml:5:5: error: unknown key 'spec' in rule (prh ignores it)"});
}

TEST(PrhDictionaryStrict, RuleShadowedByAnImport) {
  EXPECT_EQ(load_errors("strict/shadowed.yml"), Lines{});
  EXPECT_EQ(load_errors("strict/shadowed.yml", true),
            Lines{"shadowed-base.yml:3:5: error: rule 「サーバ」 is shadowed by the rule at " +
                  kDictionaries +
                  "strict/shadowed.yml:5:5 with the same expected (prh keeps the "
                  "first)"});
}

TEST(PrhDictionaryStrict, ReplacementMatchedAgain) {
  EXPECT_EQ(load_errors("strict/rematch.yml"), Lines{});
  EXPECT_EQ(
      load_errors("strict/rematch.yml", true),
      Lines{"rematch.yml:4:5: error: rule 「ベンダー」: its pattern /ベンダ/gmu matches 「ベンダ」 "
            "in its own result 「ベンダー」, so fixing never settles (「ベンダー」 would become "
            "「ベンダーー」)"});
}

TEST(PrhDictionaryStrict, BuiltInKanaKanjiDictionaryPasses) {
  std::vector<SourceError> errors;
  auto dictionary = load_prh_dictionary_text(kKanaKanjiDictionaryPath,
                                             std::string(kana_kanji_dictionary()), {true}, &errors);
  for (const SourceError& error : errors) ADD_FAILURE() << error.to_string();
  ASSERT_TRUE(dictionary);
  EXPECT_GT(dictionary->rules.size(), 50u);
}

TEST(PrhDictionary, RulesKeepTheirLocation) {
  std::vector<SourceError> errors;
  auto dictionary =
      load_prh_dictionary_text("t.yml", "rules:\n  - サーバ\n  - expected: ユーザ\n", {}, &errors);
  ASSERT_TRUE(dictionary);
  EXPECT_EQ(dictionary->rules[1].where.line, 3u);
  EXPECT_EQ(dictionary->rules[1].where.column, 5u);
  EXPECT_EQ(dictionary->rules[0].pattern.prh_form, "/サーバ/gmu");
}

TEST(PrhDictionary, ColumnsCountCodePoints) {
  std::vector<SourceError> errors;
  load_prh_dictionary_text("t.yml", "rules:\n  - { expected: サーバ, pattern: \"\" }\n", {},
                           &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "t.yml:2:5: error: rule 「サーバ」: empty pattern");
}

}  // namespace
}  // namespace tebiki
