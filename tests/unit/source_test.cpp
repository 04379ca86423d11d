#include "source.h"

#include <gtest/gtest.h>

namespace tebiki {
namespace {

TEST(SourceFile, PositionsCountCodePointsFromOne) {
  SourceFile file("a.md", "あいう\nabc サーバー\n");
  EXPECT_EQ(file.position(0).line, 1u);
  EXPECT_EQ(file.position(0).column, 1u);
  EXPECT_EQ(file.position(3).column, 2u);  // after one 3-byte character
  Position p = file.position(std::string("あいう\nabc ").size());
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 5u);
}

TEST(SourceFile, CrlfAndLoneCrEndLines) {
  SourceFile file("a.md", "a\r\nb\rc\n");
  EXPECT_EQ(file.position(3).line, 2u);
  EXPECT_EQ(file.position(5).line, 3u);
  EXPECT_EQ(file.line_text(1), "a");
  EXPECT_EQ(file.line_text(2), "b");
}

TEST(SourceFile, BomIsNotAColumn) {
  SourceFile file("a.md", "\xEF\xBB\xBFxy");
  EXPECT_TRUE(file.has_bom());
  EXPECT_EQ(file.position(4).column, 2u);
}

TEST(ValidateUtf8, ReportsInvalidBytesWithPosition) {
  auto error = validate_utf8("bad.md", "ok\nab\xFF");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "bad.md:2:3: error: invalid UTF-8 byte sequence");
}

TEST(ValidateUtf8, ReportsNul) {
  auto error = validate_utf8("nul.md", std::string("a\0b", 3));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "nul.md:1:2: error: NUL byte in text file");
}

TEST(ValidateUtf8, RejectsOverlongAndSurrogates) {
  EXPECT_TRUE(validate_utf8("x", "\xC0\xAF"));
  EXPECT_TRUE(validate_utf8("x", "\xED\xA0\x80"));
  EXPECT_FALSE(validate_utf8("x", "日本語 \xF0\x9F\x98\x80"));
}

}  // namespace
}  // namespace tebiki
