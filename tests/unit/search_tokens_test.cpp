// The terms of the search index: folding, bigrams, Latin words, ICU word segmentation.
// theme/assets/tebiki-search-terms.js must compute the same; tests/search/search_test.mjs
// checks that on the whole book.
#include "search_tokens.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tebiki {
namespace {

std::string folded(std::string_view text) { return to_utf8(fold_for_search(text)); }

std::vector<std::string> bigrams(std::string_view text) { return japanese_bigrams(fold_for_search(text)); }

std::vector<std::string> latin(std::string_view text) { return latin_words(fold_for_search(text)); }

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

TEST(FoldForSearch, FullWidthLatinBecomesLowerCaseAscii) {
  EXPECT_EQ(folded("ＳＬＡとIDS、ＩＰｖ６"), "slaとids、ipv6");
}

TEST(FoldForSearch, HalfWidthKatakanaBecomesFullWidthWithVoicedMarks) {
  EXPECT_EQ(folded("ｲﾝｼﾞｪｸｼｮﾝ"), "インジエクシヨン");
  EXPECT_EQ(folded("ｶﾞｰﾄﾞ"), "ガード");
}

TEST(FoldForSearch, SmallKanaBecomeLarge) {
  EXPECT_EQ(folded("ウィルス"), folded("ウイルス"));
  EXPECT_EQ(folded("キャッシュ"), "キヤツシユ");
  EXPECT_EQ(folded("ちょっと"), "ちよつと");
}

TEST(FoldForSearch, LongVowelIsDroppedAtTheEndOfAKatakanaWord) {
  EXPECT_EQ(folded("サーバー"), "サーバ");
  EXPECT_EQ(folded("サーバー管理"), "サーバ管理");
  EXPECT_EQ(folded("ポリシー。"), "ポリシ。");
  EXPECT_EQ(folded("データベース"), "データベース");  // inside the word it stays
}

TEST(FoldForSearch, HiraganaAndKatakanaStayApart) {
  EXPECT_EQ(folded("ろぐ"), "ろぐ");
  EXPECT_NE(folded("ろぐ"), folded("ログ"));
}

TEST(FoldForSearch, CombiningMarksJoinTheirCharacter) {
  EXPECT_EQ(folded("e\u0301"), "\u00e9");            // é as e + combining acute
  EXPECT_EQ(folded("か\u3099"), "が");
  EXPECT_EQ(folded("\u3000"), " ");                  // ideographic space
}

TEST(JapaneseBigrams, CompoundGivesOverlappingPairs) {
  EXPECT_EQ(bigrams("脆弱性診断"), (std::vector<std::string>{"脆弱", "弱性", "性診", "診断"}));
}

TEST(JapaneseBigrams, RunsEndAtLatinAndPunctuation) {
  EXPECT_EQ(bigrams("SQLインジェクション、改ざん"),
            (std::vector<std::string>{"イン", "ンジ", "ジエ", "エク", "クシ", "シヨ", "ヨン", "改", "ざん"}));
}

TEST(JapaneseBigrams, OneCharacterRunGivesItself) {
  EXPECT_EQ(bigrams("表1の値"), (std::vector<std::string>{"表", "の", "値"}));
}

TEST(JapaneseBigrams, RunsEndWhereTheScriptChanges) {
  EXPECT_EQ(bigrams("ログの保存"), (std::vector<std::string>{"ログ", "の", "保存"}));
  EXPECT_EQ(bigrams("サーバーを々木"), (std::vector<std::string>{"サー", "ーバ", "を", "々木"}));
}

TEST(SearchScriptOf, KanaMarksBelongToTheirScript) {
  EXPECT_EQ(search_script(U'ゝ'), SearchScript::hiragana);
  EXPECT_EQ(search_script(U'ー'), SearchScript::katakana);
  EXPECT_EQ(search_script(U'ㇰ'), SearchScript::katakana);
  EXPECT_EQ(search_script(U'〆'), SearchScript::kanji);
  EXPECT_EQ(search_script(U'é'), SearchScript::latin);
  EXPECT_EQ(search_script(U'、'), SearchScript::none);
}

TEST(LatinWords, LowerCasedAndNormalised) {
  EXPECT_EQ(latin("SQLインジェクション、ＩＤＳとIPv6、TCP/445"),
            (std::vector<std::string>{"sql", "ids", "ipv6", "tcp", "445"}));
}

TEST(LatinWords, JapaneseAndPunctuationAreNotLatin) {
  EXPECT_TRUE(latin("監視・運用。").empty());
  EXPECT_EQ(latin("Café"), std::vector<std::string>{"café"});
}

TEST(JapaneseWordSegmenter, FindsDictionaryWords) {
  JapaneseWordSegmenter segmenter;
  std::vector<std::string> words = segmenter.words("脆弱性診断を実施し、ログの保存期間を定める");
  EXPECT_TRUE(contains(words, "診断"));
  EXPECT_TRUE(contains(words, "保存"));
  EXPECT_TRUE(contains(words, "ログ"));
}

TEST(JapaneseWordSegmenter, KeepsNeitherParticlesNorSingleCharactersNorLatin) {
  JapaneseWordSegmenter segmenter;
  std::vector<std::string> words = segmenter.words("ログを保存する。SQLの値");
  EXPECT_FALSE(contains(words, "を"));
  EXPECT_FALSE(contains(words, "する"));
  EXPECT_FALSE(contains(words, "値"));
  EXPECT_FALSE(contains(words, "sql"));
}

TEST(JapaneseWordSegmenter, WordsAreFolded) {
  JapaneseWordSegmenter segmenter;
  EXPECT_TRUE(contains(segmenter.words("サーバーを再起動する"), "サーバ"));
}

}  // namespace
}  // namespace tebiki
