// TermTrie: many literal terms found in one left-to-right pass, longest match first, only at
// code point boundaries; positions where no term can start are skipped without a walk.
#include <gtest/gtest.h>

#include "source.h"
#include "term_trie.h"

namespace tebiki {
namespace {

struct Found {
  std::string text;
  std::size_t id;
  bool operator==(const Found&) const = default;
};

std::vector<Found> scan(const TermTrie& trie, const std::string& text) {
  std::vector<Found> out;
  for (const TermTrie::Match& m : trie.scan(text, [](const TermTrie::Match&) { return true; })) {
    out.push_back({text.substr(m.begin, m.end - m.begin), m.id});
  }
  return out;
}

TEST(TermTrie, LongestMatchWinsAndMatchesDoNotOverlap) {
  TermTrie trie;
  trie.add("SQL", 0);
  trie.add("SQLインジェクション", 1);
  trie.add("インジェクション", 2);
  EXPECT_EQ(scan(trie, "SQLインジェクションとSQLとインジェクション"),
            (std::vector<Found>{{"SQLインジェクション", 1}, {"SQL", 0}, {"インジェクション", 2}}));
}

TEST(TermTrie, ARefusedMatchFallsBackToAShorterOne) {
  TermTrie trie;
  trie.add("脆弱性", 0);
  trie.add("脆弱性診断", 1);
  std::string text = "脆弱性診断";
  auto found = trie.scan(text, [](const TermTrie::Match& m) { return m.id != 1; });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, 0u);
  EXPECT_EQ(found[0].end, std::string("脆弱性").size());
}

TEST(TermTrie, TermsStartingAnywhereInUnicodeAreFound) {
  TermTrie trie;
  trie.add("a", 0);         // ASCII
  trie.add("監視", 1);      // BMP
  trie.add("𠮷野家", 2);    // beyond the BMP (always looked up)
  trie.add("ｱｲ", 3);        // half-width katakana
  EXPECT_EQ(scan(trie, "x a 監視 𠮷野家 ｱｲ"),
            (std::vector<Found>{{"a", 0}, {"監視", 1}, {"𠮷野家", 2}, {"ｱｲ", 3}}));
}

TEST(TermTrie, ATermIsFoundOnlyAtCodePointBoundaries) {
  TermTrie trie;
  std::string kan = "漢";
  trie.add(kan.substr(1), 0);  // the tail bytes of a character: never a match inside one
  trie.add("漢字", 1);
  EXPECT_EQ(scan(trie, "漢字"), (std::vector<Found>{{"漢字", 1}}));
}

TEST(TermTrie, TextWithoutAnyTermStartGivesNothing) {
  TermTrie trie;
  trie.add("監査", 0);
  EXPECT_EQ(scan(trie, "監視と検知の記録。監"), std::vector<Found>{});
  EXPECT_TRUE(TermTrie().empty());
  EXPECT_FALSE(trie.empty());
}

TEST(TermTrie, AnInvalidByteMatchesItselfNotTheReplacementCharacter) {
  TermTrie trie;
  trie.add("a\xFF" "b", 0);
  trie.add("c\xEF\xBF\xBD" "d", 1);  // U+FFFD written out
  EXPECT_EQ(scan(trie, "xa\xFF" "b"), (std::vector<Found>{{"a\xFF" "b", 0}}));
  EXPECT_EQ(scan(trie, "a\xEF\xBF\xBD" "b"), std::vector<Found>{});
  EXPECT_EQ(scan(trie, "c\xEF\xBF\xBD" "d c\xFE" "d"), (std::vector<Found>{{"c\xEF\xBF\xBD" "d", 1}}));
}

TEST(TermTrie, ThousandsOfTermsAreEachFoundAsThemselves) {
  TermTrie trie;
  std::vector<std::string> terms;
  for (char32_t c = U'亜'; terms.size() < 3000; ++c) {
    std::string term;
    append_utf8(term, c);
    append_utf8(term, c + 7);
    term += std::to_string(terms.size() % 10);
    trie.add(term, terms.size());
    terms.push_back(term);
  }
  for (std::size_t id = 0; id < terms.size(); ++id) {
    ASSERT_EQ(scan(trie, "「" + terms[id] + "」"), (std::vector<Found>{{terms[id], id}})) << id;
  }
}

// The start filter looks up the first code point, then the first two: a term of one code
// point, one at the very end of the text and terms sharing a first code point with others
// must all pass it; a first code point followed by no term's second must not.
TEST(TermTrie, TheStartFilterLetsEveryTermThrough) {
  TermTrie trie;
  trie.add("網", 0);
  trie.add("網羅", 1);
  trie.add("監視", 2);
  trie.add("監査", 3);
  EXPECT_EQ(scan(trie, "網と網羅、監査と監視。末尾は網"),
            (std::vector<Found>{{"網", 0}, {"網羅", 1}, {"監査", 3}, {"監視", 2}, {"網", 0}}));
  EXPECT_EQ(scan(trie, "監督と監"), std::vector<Found>{});
}

}  // namespace
}  // namespace tebiki
