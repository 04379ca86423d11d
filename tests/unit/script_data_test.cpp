// Data handed to the theme's scripts (generator/script_data.h).
#include "script_data.h"

#include <gtest/gtest.h>

#include <random>

namespace tebiki {
namespace {

TEST(WindowAssignment, AssignsTheJsonToTheGlobal) {
  EXPECT_EQ(window_assignment("TEBIKI_TIPS", {{"term-soc", "監視の拠点"}}),
            "window.TEBIKI_TIPS = {\"term-soc\":\"監視の拠点\"};\n");
}

TEST(WindowAssignment, LineSeparatorsAndTagsAreEscaped) {
  std::string script = window_assignment("X", nlohmann::json::array({"a\u2028b\u2029c", "</script><b>"}));
  EXPECT_EQ(script, "window.X = [\"a\\u2028b\\u2029c\",\"\\u003c/script>\\u003cb>\"];\n");
}

TEST(WindowAssignment, InvalidUtf8BecomesTheReplacementCharacter) {
  EXPECT_EQ(window_assignment("X", std::string("a\xff" "b")), "window.X = \"a\xEF\xBF\xBD" "b\";\n");
}

TEST(WindowAssignment, EscapesSideBySideAndAtTheEnds) {
  EXPECT_EQ(window_assignment("X", "<\u2028<\u2029"), "window.X = \"\\u003c\\u2028\\u003c\\u2029\";\n");
}

// append_script_string must give the bytes script_json gives the same string in a JSON tree.
std::string appended(std::string_view text) {
  std::string out = "[";
  append_script_string(out, text);
  return out;
}

std::string from_tree(std::string_view text) { return "[" + script_json(std::string(text)); }

TEST(AppendScriptString, EscapesAsScriptJson) {
  for (std::string_view text : {"", "plain", "監視の拠点", "\"quoted\" \\ back", "</script>", "a\u2028b\u2029c",
                                "𠮷野家", "tab\tnew\nline\r\b\f", "\x7f", "\u00e9\u200b\ufeff\ufffd"}) {
    EXPECT_EQ(appended(text), from_tree(text)) << text;
  }
  for (char c = 0; c < 0x20; ++c) EXPECT_EQ(appended(std::string(1, c)), from_tree(std::string(1, c))) << int(c);
}

TEST(AppendScriptString, InvalidUtf8IsReplacedAsScriptJsonDoes) {
  for (std::string_view text : {"a\xff" "b", "\x80", "\xe3\x81", "\xe3\x81" "a", "\xc0\xaf", "\xed\xa0\x80",
                                "\xf4\x90\x80\x80", "\xf0\x9f\x98", "x\xe2\x80", "\xe2\x80\xa8\xe2\x80"}) {
    EXPECT_EQ(appended(text), from_tree(text));
  }
}

TEST(AppendScriptString, AgreesWithScriptJsonOnRandomBytes) {
  // Bytes that matter to the escaping and to UTF-8 validity (NUL too), in random order.
  const std::string alphabet = std::string(1, '\0') + "a<\"\\\n\x01\x7f\xe2\x80\xa8\xa9\xe3\x81\x82\xf0\x9f\xc3\xff";
  std::mt19937 random(20240601);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (std::size_t length = random() % 12; text.size() < length;) text += alphabet[random() % alphabet.size()];
    ASSERT_EQ(appended(text), from_tree(text)) << testing::PrintToString(text);
  }
}

}  // namespace
}  // namespace tebiki
