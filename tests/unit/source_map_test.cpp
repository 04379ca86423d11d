// SourceMap against the plain vector of one source offset per text byte that it replaces.
#include "source_map.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace tebiki {
namespace {

/// Whether plain[begin, end) are consecutive source offsets, as TextRun::is_verbatim asked.
bool plain_consecutive(const std::vector<std::size_t>& plain, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (plain[i] != plain[begin] + (i - begin)) return false;
  }
  return true;
}

void expect_same(const SourceMap& map, const std::vector<std::size_t>& plain) {
  ASSERT_EQ(map.size(), plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) ASSERT_EQ(map[i], plain[i]) << "byte " << i;
  for (std::size_t begin = 0; begin < plain.size(); ++begin) {
    for (std::size_t end = begin + 1; end <= plain.size(); ++end) {
      ASSERT_EQ(map.consecutive(begin, end), plain_consecutive(plain, begin, end))
          << "[" << begin << ", " << end << ")";
    }
  }
}

TEST(SourceMap, CopiedStretchesThatTouchAreOneSegment) {
  SourceMap map;
  map.append_copied(10, 3);
  map.append_copied(13, 2);  // continues the first
  map.append_copied(20, 1);  // after skipped markup
  std::vector<std::size_t> plain{10, 11, 12, 13, 14, 20};
  expect_same(map, plain);
  EXPECT_TRUE(map.consecutive(0, 5));
  EXPECT_FALSE(map.consecutive(4, 6));
  EXPECT_EQ(map.back(), 20u);
}

TEST(SourceMap, AnObjectStandsForOneSourceByte) {
  SourceMap map;
  map.append_copied(0, 2);
  map.append_standing_for(2, 3);  // U+FFFC for a code span at byte 2
  map.append_copied(9, 2);
  expect_same(map, {0, 1, 2, 2, 2, 9, 10});
  EXPECT_TRUE(map.consecutive(0, 3));   // up to the object's first byte
  EXPECT_FALSE(map.consecutive(0, 4));  // into the object
}

TEST(SourceMap, TruncateForgetsTheTail) {
  SourceMap map;
  map.append_copied(0, 4);
  map.append_standing_for(4, 3);
  map.append_copied(30, 5);
  map.truncate(5);
  expect_same(map, {0, 1, 2, 3, 4});
  map.append_copied(5, 1);
  expect_same(map, {0, 1, 2, 3, 4, 5});
  map.truncate(0);
  EXPECT_TRUE(map.empty());
}

TEST(SourceMap, RandomAppendsMatchThePlainVector) {
  std::mt19937 random(20261126);
  for (int round = 0; round < 200; ++round) {
    SourceMap map;
    std::vector<std::size_t> plain;
    std::size_t source = 0;
    for (int step = 0; step < 12; ++step) {
      std::size_t length = random() % 4, gap = random() % 3;
      source += gap;
      if (random() % 3 == 0) {
        map.append_standing_for(source, length);
        plain.insert(plain.end(), length, source);
        source += 1;
      } else {
        map.append_copied(source, length);
        for (std::size_t i = 0; i < length; ++i) plain.push_back(source + i);
        source += length;
      }
      if (random() % 7 == 0) {
        std::size_t keep = plain.empty() ? 0 : random() % plain.size();
        map.truncate(keep);
        plain.resize(keep);
      }
    }
    expect_same(map, plain);
  }
}

}  // namespace
}  // namespace tebiki
