// The `terms` and `kana-kanji` rules through the linter: findings, fixes, the time limit,
// and dictionaries that do not load.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "linter.h"
#include "rules/terms.h"

namespace tebiki {
namespace {

/// Writes a dictionary to a temporary file, for a config to name.
std::string write_dictionary(const std::string& name, const std::string& yaml) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << yaml;
  return path.string();
}

Diagnostics lint(const LintConfig& config, const std::string& markdown,
                 std::vector<SourceError>* errors) {
  Linter linter(config, errors);
  std::vector<SourceFile> files{SourceFile("doc.md", markdown)};
  return linter.lint(files);
}

LintConfig only(const std::string& rule) {
  LintConfig config;
  config.only_rules = {rule};
  return config;
}

TEST(TermsRule, FindingsCarryTheirFix) {
  LintConfig config = only("terms");
  config.dictionaries = {write_dictionary("tebiki-terms-a.yml",
                                          "rules:\n  - {expected: サーバ, pattern: サーバー}\n")};
  std::vector<SourceError> errors;
  Diagnostics found = lint(config, "# 題\n\n**サーバー**を使う。\n", &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "terms");
  EXPECT_EQ(found[0].severity, Severity::Error);
  EXPECT_EQ(found[0].begin, 9u);  // after "# 題\n\n**"
  EXPECT_EQ(found[0].replacement, "サーバ");
}

TEST(TermsRule, SeverityFromTheConfig) {
  LintConfig config = only("terms");
  config.rules["terms"].severity = Severity::Warning;
  config.dictionaries = {write_dictionary("tebiki-terms-b.yml", "rules:\n  - jQuery\n")};
  std::vector<SourceError> errors;
  Diagnostics found = lint(config, "JQUERY\n", &errors);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::Warning);
}

TEST(TermsRule, ADictionaryThatDoesNotLoadIsAnErrorAndNoRule) {
  LintConfig config = only("terms");
  config.dictionaries = {
      write_dictionary("tebiki-terms-c.yml", "rules:\n  - {expected: x, pattern: ''}\n")};
  std::vector<SourceError> errors;
  Linter linter(config, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "rule 「x」: empty pattern");
  EXPECT_TRUE(linter.empty());
}

TEST(TermsRule, ARegexOutOfTimeIsReportedNotAHang) {
  LintConfig config = only("terms");
  config.dictionaries = {
      write_dictionary("tebiki-terms-d.yml", "rules:\n  - {expected: x, pattern: '/(a+)+b/'}\n")};
  std::vector<SourceError> errors;
  Diagnostics found = lint(config, "text " + std::string(40, 'a') + "c\n", &errors);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::Error);
  EXPECT_TRUE(found[0].message.find("時間制限を超えた") != std::string::npos) << found[0].message;
  EXPECT_TRUE(found[0].unusable_input);  // bad input: exit 2
  EXPECT_TRUE(has_unusable_input(found));
}

TEST(KanaKanjiRule, WarnsByDefault) {
  std::vector<SourceError> errors;
  Diagnostics found = lint(only("kana-kanji"), "例えば事業の時間を確認する事。\n", &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule, "kana-kanji");
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[1].message, "「事」は「こと」と書く（形式名詞は仮名で書く）");
}

}  // namespace
}  // namespace tebiki
