#include "format_github.h"

#include <gtest/gtest.h>

#include <vector>

namespace tebiki {
namespace {

TEST(FormatGithub, OneWorkflowCommandPerDiagnostic) {
  std::vector<SourceFile> files = {SourceFile("content/a.md", "x\nサーバーです\n")};
  Diagnostics diagnostics = {
      {"long-vowel", Severity::Error, "content/a.md", 2, 14, "「サーバー」は「サーバ」", "サーバ"},
      {"width", Severity::Warning, "content/a.md", 0, 1, "w", std::nullopt},
      {"terms", Severity::Note, "content/a.md", 0, 1, "n", std::nullopt},
  };
  EXPECT_EQ(format_github(diagnostics, lookup_in(files)),
            "::error file=content/a.md,line=2,col=1,endLine=2,endColumn=5,"
            "title=long-vowel::「サーバー」は「サーバ」\n"
            "::warning file=content/a.md,line=1,col=1,endLine=1,endColumn=2,title=width::w\n"
            "::notice file=content/a.md,line=1,col=1,endLine=1,endColumn=2,title=terms::n\n");
}

TEST(FormatGithub, EscapesPropertiesAndData) {
  Diagnostics diagnostics = {
      {"a:b,c", Severity::Error, "dir,1/x:y%.md", 0, 0, "100% a:b,c\r\nnext", std::nullopt}};
  EXPECT_EQ(format_github(diagnostics, nullptr),
            "::error file=dir%2C1/x%3Ay%25.md,line=1,col=1,endLine=1,endColumn=1,"
            "title=a%3Ab%2Cc::100%25 a:b,c%0D%0Anext\n");
}

TEST(FormatGithub, EscapeFunctions) {
  EXPECT_EQ(escape_github_data("%\r\n:,"), "%25%0D%0A:,");
  EXPECT_EQ(escape_github_property("%\r\n:,"), "%25%0D%0A%3A%2C");
}

}  // namespace
}  // namespace tebiki
