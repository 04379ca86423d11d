#include "format_checkstyle.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <vector>

namespace tebiki {
namespace {

TEST(FormatCheckstyle, FilesWithTheirErrors) {
  std::vector<SourceFile> files = {SourceFile("a.md", "あい\nう\n"), SourceFile("b.md", "x\n")};
  Diagnostics diagnostics = {
      {"width", Severity::Error, "a.md", 3, 6, "「い」<&>\"'", std::nullopt},
      {"terms", Severity::Note, "a.md", 7, 10, "n", "x"},
      {"long-vowel", Severity::Warning, "b.md", 0, 1, "w", std::nullopt},
  };
  EXPECT_EQ(format_checkstyle(diagnostics, lookup_in(files)),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<checkstyle version=\"4.3\">\n"
            "  <file name=\"a.md\">\n"
            "    <error line=\"1\" column=\"2\" severity=\"error\" "
            "message=\"「い」&lt;&amp;>&quot;'\" source=\"tebiki.width\" />\n"
            "    <error line=\"2\" column=\"1\" severity=\"info\" message=\"n\" "
            "source=\"tebiki.terms\" />\n"
            "  </file>\n"
            "  <file name=\"b.md\">\n"
            "    <error line=\"1\" column=\"1\" severity=\"warning\" message=\"w\" "
            "source=\"tebiki.long-vowel\" />\n"
            "  </file>\n"
            "</checkstyle>\n");
}

TEST(FormatCheckstyle, ParsesBackWithTheSameValues) {
  Diagnostics diagnostics = {{"width", Severity::Error, "x&y.md", 0, 1, "<m>", std::nullopt}};
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(format_checkstyle(diagnostics, nullptr).c_str()));
  pugi::xml_node file = document.child("checkstyle").child("file");
  EXPECT_STREQ(file.attribute("name").value(), "x&y.md");
  EXPECT_STREQ(file.child("error").attribute("message").value(), "<m>");
}

TEST(FormatCheckstyle, NoDiagnosticsIsAnEmptyReport) {
  EXPECT_EQ(format_checkstyle({}, nullptr),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\" />\n");
}

}  // namespace
}  // namespace tebiki
