#include "rules/variant_key.h"

#include <gtest/gtest.h>

#include <string>

namespace tebiki {
namespace {

std::string key(const std::string& word) {
  static const CompoundSplitter splitter;
  return variant_key(word, splitter);
}

TEST(VariantKey, SmallKanaFoldToLarge) {
  EXPECT_EQ(key("ウィルス"), key("ウイルス"));
  EXPECT_EQ(key("ウェブ"), key("ウエブ"));
  EXPECT_EQ(key("ビュー"), key("ビユー"));
}

TEST(VariantKey, VuRowFoldsToBaRow) {
  EXPECT_EQ(key("ヴァージョン"), key("バージョン"));
  EXPECT_EQ(key("ヴィジュアル"), key("ビジュアル"));
  EXPECT_EQ(key("ヴェンダ"), key("ベンダ"));
  EXPECT_EQ(key("ヴォイス"), key("ボイス"));
  EXPECT_EQ(key("ヴ"), key("ブ"));
}

TEST(VariantKey, TrailingLongMarkOfEveryPartIsDropped) {
  EXPECT_EQ(key("サーバー"), key("サーバ"));
  EXPECT_EQ(key("サーバーセンター"), key("サーバセンタ"));
  EXPECT_EQ(key("サーバー・センター"), key("サーバセンタ"));
  EXPECT_NE(key("サーバ"), key("サバ"));  // a long mark inside a short word stays
}

TEST(VariantKey, InALongWordEveryLongMarkIsDropped) {
  EXPECT_EQ(key("インターフェース"), key("インタフェース"));
  EXPECT_EQ(key("ユーザーインターフェース"), key("ユーザインタフェース"));
  EXPECT_EQ(key("コンピューター"), key("コンピュータ"));
  EXPECT_NE(key("ビール"), key("ビル"));  // four kana or fewer: the mark tells words apart
  EXPECT_NE(key("セール"), key("セル"));
}

TEST(VariantKey, WidthAndCaseFold) {
  EXPECT_EQ(key("ＮＷ"), "nw");
  EXPECT_EQ(key("NW"), "nw");
  EXPECT_EQ(key("Web"), key("WEB"));
  EXPECT_EQ(key("ｻｰﾊﾞ"), key("サーバ"));
}

TEST(VariantKey, SeparatorsInsideCompoundsAreDropped) {
  EXPECT_EQ(key("ウェブ・サーバ"), key("ウェブサーバ"));
  EXPECT_EQ(key("ウェブ サーバ"), key("ウェブサーバ"));
  EXPECT_EQ(key("ウェブ　サーバ"), key("ウェブサーバ"));
  EXPECT_EQ(key("e-mail"), key("email"));
}

TEST(VariantKey, DifferentWordsKeepDifferentKeys) {
  EXPECT_NE(key("サーバ"), key("サービス"));
  EXPECT_NE(key("ポート"), key("ポータル"));
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  for (TextSpan span : find_variant_words(text))
    words.push_back(text.substr(span.begin, span.size()));
  return words;
}

TEST(VariantWords, KatakanaAndLatinRuns) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(words_of("ウェブ・サーバとWebサーバ、ｻｰﾊﾞ。"),
            (Words{"ウェブ・サーバ", "Web", "サーバ", "ｻｰﾊﾞ"}));
  EXPECT_EQ(words_of("ＮＷとe-mailとWi-Fi。"), (Words{"ＮＷ", "e-mail", "Wi-Fi"}));
  EXPECT_EQ(words_of("ウェブ サーバ"), (Words{"ウェブ サーバ"}));
  EXPECT_EQ(words_of("gumblar.cnやW32/Downad、WORM_DOWNAD。"),
            (Words{"gumblar.cn", "W32/Downad", "WORM_DOWNAD"}));
}

TEST(VariantWords, AJoinerCountsOnlyBetweenTwoCharactersOfTheWord) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(words_of("サーバ・"), (Words{"サーバ"}));
  EXPECT_EQ(words_of("サーバ・と・ア・イ"), (Words{"サーバ", "ア・イ"}));
  EXPECT_EQ(words_of("ア・・イ"), (Words{}));
  EXPECT_EQ(words_of("W32/"), (Words{"W32"}));
  EXPECT_EQ(words_of("1-2とa-b"), (Words{"a-b"}));
  EXPECT_EQ(words_of("1-aと1.x"), (Words{"1-a", "1.x"}));  // the letter after the joiner counts
  EXPECT_EQ(words_of("ア"), (Words{}));
}

TEST(VariantWords, NumbersAndSingleCharactersAreNoWords) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(words_of("123と１２３とAとア。"), (Words{}));
  EXPECT_EQ(words_of("IPv6"), (Words{"IPv6"}));
}

}  // namespace
}  // namespace tebiki
