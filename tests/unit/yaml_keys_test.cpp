// The typo suggestions of unknown keys and rule ids: one or two letters off is a typo, a
// different word is not, and two equally close names suggest neither.
#include "yaml_keys.h"

#include <gtest/gtest.h>

namespace tebiki {
namespace {

const std::vector<std::string> kKeys = {"id", "body", "title", "title_en", "year", "url", "aliases"};

TEST(ClosestName, OneOrTwoEditsAway) {
  EXPECT_EQ(closest_name("yaer", kKeys), "year");      // swapped
  EXPECT_EQ(closest_name("titel", kKeys), "title");    // swapped
  EXPECT_EQ(closest_name("alias", kKeys), "aliases");  // two left out
  EXPECT_EQ(closest_name("Body", kKeys), "body");      // changed
  EXPECT_EQ(closest_name("urls", kKeys), "url");       // added
}

TEST(ClosestName, NoSuggestionForAnotherWord) {
  EXPECT_EQ(closest_name("related", kKeys), std::nullopt);
  EXPECT_EQ(closest_name("en", kKeys), std::nullopt);  // as far from "id" as any two letters
  EXPECT_EQ(closest_name("", kKeys), std::nullopt);
  EXPECT_EQ(closest_name("幅", kKeys), std::nullopt);
}

TEST(ClosestName, TwoEquallyCloseNamesSuggestNeither) {
  EXPECT_EQ(closest_name("cat", {"cab", "car"}), std::nullopt);
  EXPECT_EQ(closest_name("cat", {"cab", "dog"}), "cab");
}

// A hostile key of megabytes: no table of its length squared, and a message of one line.
TEST(ClosestName, AHugeKeyIsNoTypo) {
  std::string huge(4'000'000, 'y');
  EXPECT_EQ(closest_name(huge, kKeys), std::nullopt);
  EXPECT_EQ(closest_name("yearyearyear", kKeys), std::nullopt);  // length alone rules it out
  std::string message = unknown_name_message("key", "あ" + huge, "tebiki.yml", {"title"});
  EXPECT_LT(message.size(), 160u) << message.substr(0, 200);
  EXPECT_TRUE(message.starts_with("unknown key 'あyyy")) << message.substr(0, 200);
  EXPECT_NE(message.find("…' in tebiki.yml"), std::string::npos);
}

TEST(UnknownNameMessage, TheLikelyNameOrTheKnownOnes) {
  EXPECT_EQ(unknown_name_message("rule", "widht", "'lint.rules'", {"width", "punctuation"}),
            "unknown rule 'widht' in 'lint.rules'; did you mean 'width'?");
  EXPECT_EQ(unknown_name_message("key", "colour", "tebiki.yml", {"title", "lint"}),
            "unknown key 'colour' in tebiki.yml; known keys: title, lint");
}

}  // namespace
}  // namespace tebiki
