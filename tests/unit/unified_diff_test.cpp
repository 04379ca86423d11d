#include "unified_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace tebiki {
namespace {

std::string numbered(int from, int to) {
  std::string text;
  for (int i = from; i <= to; ++i) text += std::to_string(i) + "\n";
  return text;
}

TEST(UnifiedDiff, EqualTextsGiveNothing) {
  EXPECT_EQ(unified_diff("a.md", "x\n", "x\n"), "");
}

TEST(UnifiedDiff, OneChangeWithThreeLinesOfContext) {
  std::string before = numbered(1, 10);
  std::string after = before;
  after.replace(after.find("5\n"), 2, "five\n");
  EXPECT_EQ(unified_diff("docs/a.md", before, after),
            "--- a/docs/a.md\n+++ b/docs/a.md\n"
            "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, DistantChangesMakeTwoHunks) {
  std::string before = numbered(1, 20);
  std::string after = before;
  after.replace(after.find("2\n"), 2, "two\n");
  after.replace(after.find("18\n"), 3, "");
  EXPECT_EQ(unified_diff("a.md", before, after),
            "--- a/a.md\n+++ b/a.md\n"
            "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
            "@@ -15,6 +15,5 @@\n 15\n 16\n 17\n-18\n 19\n 20\n");
}

TEST(UnifiedDiff, CloseChangesShareAHunk) {
  std::string before = numbered(1, 12);
  std::string after = before;
  after.replace(after.find("3\n"), 2, "x\n");
  after.replace(after.find("9\n"), 2, "y\n");
  EXPECT_EQ(unified_diff("a.md", before, after),
            "--- a/a.md\n+++ b/a.md\n"
            "@@ -1,12 +1,12 @@\n 1\n 2\n-3\n+x\n 4\n 5\n 6\n 7\n 8\n-9\n+y\n 10\n 11\n 12\n");
}

TEST(UnifiedDiff, InsertionIntoAnEmptyFile) {
  EXPECT_EQ(unified_diff("a.md", "", "new\n"), "--- a/a.md\n+++ b/a.md\n@@ -0,0 +1 @@\n+new\n");
}

TEST(UnifiedDiff, MissingNewlineAtEndIsMarked) {
  EXPECT_EQ(unified_diff("a.md", "a\nb", "a\nc"),
            "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
            "+c\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, CrlfLinesKeepTheirEndings) {
  EXPECT_EQ(unified_diff("a.md", "サーバー\r\nx\r\n", "サーバ\r\nx\r\n"),
            "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-サーバー\r\n+サーバ\r\n x\r\n");
}

TEST(UnifiedDiff, LargeFilesWithFewChangesAreQuick) {
  std::string before = numbered(1, 200000);
  std::string after = before;
  after.replace(after.find("\n100000\n") + 1, 7, "changed\n");
  std::string diff = unified_diff("big.md", before, after);
  EXPECT_NE(diff.find("@@ -99997,7 +99997,7 @@\n"), std::string::npos) << diff;
}

TEST(UnifiedDiff, CompletelyDifferentTextsStillDiff) {
  std::string diff = unified_diff("a.md", numbered(1, 3000), numbered(5001, 8000));
  EXPECT_NE(diff.find("@@ -1,3000 +1,3000 @@\n-1\n"), std::string::npos);
}

// Rebuilds both texts from a diff printed with all lines as context.
std::pair<std::string, std::string> sides_of(const std::string& diff) {
  std::string before, after;
  std::istringstream lines(diff);
  std::string line;
  std::string* last = nullptr;
  for (int skip = 0; skip < 3 && std::getline(lines, line);) skip += line.starts_with("@@") ? 3 : 1;
  while (std::getline(lines, line)) {
    if (line.starts_with("\\")) {
      if (last == &before || last == nullptr) before.pop_back();
      if (last == &after || last == nullptr) after.pop_back();
      continue;
    }
    std::string text = line.substr(1) + "\n";
    if (line[0] != '+') before += text;
    if (line[0] != '-') after += text;
    last = line[0] == '-' ? &before : line[0] == '+' ? &after : nullptr;
  }
  return {before, after};
}

TEST(UnifiedDiff, RandomEditsRoundTrip) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string before, after;
    for (int i = 0; i < 30; ++i)
      before += std::string(1, static_cast<char>('a' + random() % 4)) + "\n";
    for (int i = 0; i < 30; ++i)
      after += std::string(1, static_cast<char>('a' + random() % 4)) + "\n";
    if (random() % 2) after.pop_back();
    std::string diff = unified_diff("r.md", before, after, 1000);
    if (before == after) continue;
    EXPECT_EQ(sides_of(diff), std::make_pair(before, after)) << diff;
  }
}

}  // namespace
}  // namespace tebiki
