// Data handed to the theme's scripts (generator/script_data.h).
#include "script_data.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace tebiki
