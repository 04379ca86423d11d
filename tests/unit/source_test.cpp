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

TEST(SourceFile, OffsetIsTheInverseOfPosition) {
  SourceFile file("a.md", "\xEF\xBB\xBFあい\nabc サーバー\n");
  for (std::size_t offset : {3u, 6u, 10u, 13u, 17u}) EXPECT_EQ(file.offset(file.position(offset)), offset);
  EXPECT_EQ(file.offset({1, 1}), 3u);   // after the BOM
  EXPECT_EQ(file.offset({2, 99}), 26u);  // clamped to the end of its line
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

namespace tebiki {
namespace {

// The inline part of decode_utf8 (ASCII, three-byte sequences) must agree with the full
// decoder on every input: all three-byte lead/continuation combinations, truncated ends and
// random bytes.
TEST(DecodeUtf8, InlinePartAgreesWithTheFullDecoder) {
  auto same = [](const std::string& text, std::size_t at) {
    std::size_t fast = 0, full = 0;
    char32_t a = decode_utf8(text, at, &fast), b = decode_utf8_sequence(text, at, &full);
    return a == b && fast == full;
  };
  for (int lead = 0xE0; lead <= 0xEF; ++lead) {
    for (int second = 0; second < 256; second += 3) {
      for (int third : {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
        std::string text{static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)};
        ASSERT_TRUE(same(text, 0)) << lead << ' ' << second << ' ' << third;
        ASSERT_TRUE(same(text.substr(0, 2), 0));
      }
    }
  }
  std::uint32_t state = 12345;
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise += static_cast<char>((state = state * 1664525 + 1013904223) >> 24);
  for (std::size_t at = 0; at < noise.size(); ++at) ASSERT_TRUE(same(noise, at)) << at;
  std::size_t length = 0;
  EXPECT_EQ(decode_utf8("監", 0, &length), U'監');
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0, &length), U'\xFFFD');  // a surrogate
  EXPECT_EQ(length, 1u);
}

}  // namespace
}  // namespace tebiki
