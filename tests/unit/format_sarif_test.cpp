#include "format_sarif.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

namespace tebiki {
namespace {

using nlohmann::json;

class FormatSarif : public ::testing::Test {
 protected:
  std::vector<SourceFile> files = {SourceFile("docs/第1章.md", "サーバーを使う。\nＡＢＣ\n")};
  Diagnostics diagnostics = {
      {"long-vowel", Severity::Error, "docs/第1章.md", 0, 12, "「サーバー」は「サーバ」", "サーバ"},
      {"width", Severity::Warning, "docs/第1章.md", 25, 34, "全角英字", std::nullopt},
      {"long-vowel", Severity::Note, "docs/第1章.md", 0, 3, "note", std::nullopt},
  };
  json sarif() { return json::parse(format_sarif(diagnostics, lookup_in(files), "0.1.0")); }
};

TEST_F(FormatSarif, HeaderAndDriver) {
  json root = sarif();
  EXPECT_EQ(root["version"], "2.1.0");
  EXPECT_EQ(root["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(root["runs"].size(), 1u);
  const json& run = root["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "tebiki");
  EXPECT_EQ(run["tool"]["driver"]["version"], "0.1.0");
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["id"], "long-vowel");
  EXPECT_EQ(rules[1]["id"], "width");
}

TEST_F(FormatSarif, ResultsWithRegionsInCodePoints) {
  json results = sarif()["runs"][0]["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["ruleId"], "long-vowel");
  EXPECT_EQ(results[0]["ruleIndex"], 0);
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[0]["message"]["text"], "「サーバー」は「サーバ」");
  const json& location = results[0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "docs/%E7%AC%AC1%E7%AB%A0.md");
  EXPECT_EQ(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(location["region"],
            json({{"startLine", 1}, {"startColumn", 1}, {"endLine", 1}, {"endColumn", 5}}));
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[1]["ruleIndex"], 1);
  EXPECT_EQ(results[1]["locations"][0]["physicalLocation"]["region"],
            json({{"startLine", 2}, {"startColumn", 1}, {"endLine", 2}, {"endColumn", 4}}));
  EXPECT_EQ(results[2]["level"], "note");
}

TEST_F(FormatSarif, FixesOnlyWhereAReplacementExists) {
  json results = sarif()["runs"][0]["results"];
  ASSERT_TRUE(results[0].contains("fixes"));
  const json& change = results[0]["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "docs/%E7%AC%AC1%E7%AB%A0.md");
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "サーバ");
  EXPECT_EQ(change["replacements"][0]["deletedRegion"]["endColumn"], 5);
  EXPECT_FALSE(results[1].contains("fixes"));
}

TEST(PathToUri, EncodesWhatIsNotUnreserved) {
  EXPECT_EQ(path_to_uri("a b/c%d.md"), "a%20b/c%25d.md");
  EXPECT_EQ(path_to_uri("/tmp/x.md"), "file:///tmp/x.md");
}

}  // namespace
}  // namespace tebiki
