// `[@id]`, `[@a; @b]` and `[@id, p. 3]` found in prose text, with the place of each id.
#include "citation_syntax.h"

#include <gtest/gtest.h>

namespace tebiki {
namespace {

TEST(FindCitations, OneAndSeveralIds) {
  std::string text = "規格[@jis-q27001]と[@rfc2350; @nist-sp800-61]。";
  std::vector<Citation> found = find_citations(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "[@jis-q27001]");
  ASSERT_EQ(found[0].ids.size(), 1u);
  EXPECT_EQ(found[0].ids[0].id, "jis-q27001");
  EXPECT_EQ(text.substr(found[0].ids[0].begin, found[0].ids[0].end - found[0].ids[0].begin),
            "@jis-q27001");
  ASSERT_EQ(found[1].ids.size(), 2u);
  EXPECT_EQ(found[1].ids[0].id, "rfc2350");
  EXPECT_EQ(found[1].ids[1].id, "nist-sp800-61");
  EXPECT_EQ(text.substr(found[1].ids[1].begin, 14), "@nist-sp800-61");
}

TEST(FindCitations, SpacesAndIdCharacters) {
  std::vector<Citation> found = find_citations("[@a.b:c/d_e ;@f]");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].ids.size(), 2u);
  EXPECT_EQ(found[0].ids[0].id, "a.b:c/d_e");
  EXPECT_EQ(found[0].ids[1].id, "f");
}

// "id/locator" for each id of each citation, citations separated by " | ".
std::string ids_and_locators(std::string_view text) {
  std::string out;
  for (const Citation& citation : find_citations(text)) {
    if (!out.empty()) out += " | ";
    for (const CitedId& cited : citation.ids) out += cited.id + "/" + cited.locator + " ";
  }
  return out;
}

TEST(FindCitations, LocatorsAfterAComma) {
  EXPECT_EQ(ids_and_locators("[@a, p. 12]と[@b ,5.2節 ; @c; @d, 表3]。"), "a/p. 12  | b/5.2節 c/ d/表3 ");
  std::string text = "前[@a, p. 12]後";
  std::vector<Citation> found = find_citations(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin), "[@a, p. 12]後");  // the whole of it is replaced
  EXPECT_EQ(found[0].end, text.size() - std::string("後").size());
}

TEST(FindCitations, NotCitations) {
  for (const char* text : {"[@]", "[@a", "[@a b]", "[a]", "user@example.jp", "[ @a]", "@a]", "[@a,]",
                           "[@a, ]", "[@a, [x]]", "[@a, p. 3"}) {
    EXPECT_TRUE(find_citations(text).empty()) << text;
  }
}

TEST(FindCitations, ABrokenOneDoesNotHideTheNext) {
  std::vector<Citation> found = find_citations("[@a b] [@[@c]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].ids[0].id, "c");
}

}  // namespace
}  // namespace tebiki
