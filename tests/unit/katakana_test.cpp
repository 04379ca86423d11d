#include "katakana.h"

#include <gtest/gtest.h>

#include <string>

#include "rules/long_vowel.h"
#include "rules/long_vowel_words.h"

namespace tebiki {
namespace {

TEST(Morae, EveryKanaCountsOne) {
  EXPECT_EQ(count_morae(""), 0u);
  EXPECT_EQ(count_morae("キ"), 1u);
  EXPECT_EQ(count_morae("カバ"), 2u);
  EXPECT_EQ(count_morae("データ"), 3u);
}

TEST(Morae, LongMarkSyllabicNasalAndSmallTsuCount) {
  EXPECT_EQ(count_morae("サーバ"), 3u);  // サ ー バ
  EXPECT_EQ(count_morae("センタ"), 3u);  // セ ン タ
  EXPECT_EQ(count_morae("ヘッダ"), 3u);  // ヘ ッ ダ
  EXPECT_EQ(count_morae("サーバー"), 4u);
}

TEST(Morae, SmallVowelsAndYaYuYoMergeWithTheKanaBefore) {
  EXPECT_EQ(count_morae("コンピュータ"), 5u);  // コ ン ピュ ー タ
  EXPECT_EQ(count_morae("ティ"), 1u);
  EXPECT_EQ(count_morae("セキュリティ"), 4u);  // セ キュ リ ティ
  EXPECT_EQ(count_morae("ウィルス"), 3u);      // ウィ ル ス
  EXPECT_EQ(count_morae("マネージャ"), 4u);    // マ ネ ー ジャ
  EXPECT_EQ(count_morae("ファ"), 1u);
  EXPECT_EQ(count_morae("ァ"), 1u);  // nothing before it to merge with
}

TEST(LastVowel, IsTheVowelOfTheLastKana) {
  EXPECT_EQ(last_vowel("サーバ"), 'a');
  EXPECT_EQ(last_vowel("マネージャ"), 'a');
  EXPECT_EQ(last_vowel("メモリ"), 'i');
  EXPECT_EQ(last_vowel("セキュリティ"), 'i');
  EXPECT_EQ(last_vowel("インタビュ"), 'u');
  EXPECT_EQ(last_vowel("フロ"), 'o');
  EXPECT_EQ(last_vowel("ゲートウェ"), 'e');
  EXPECT_EQ(last_vowel("サーバー"), 0);
  EXPECT_EQ(last_vowel("ライン"), 0);
  EXPECT_EQ(last_vowel(""), 0);
}

TEST(KatakanaWords, RunsOfKatakanaAndLongMarkSplitAtEverythingElse) {
  std::string text = "サーバーの・ユーザ、ＮＷコンピュータ";
  auto words = find_katakana_words(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(text.substr(words[0].begin, words[0].size()), "サーバー");
  EXPECT_EQ(text.substr(words[1].begin, words[1].size()), "ユーザ");
  EXPECT_EQ(text.substr(words[2].begin, words[2].size()), "コンピュータ");
}

std::vector<std::string> parts_of(const std::string& word) {
  CompoundSplitter splitter({"ポリシー"});
  std::vector<std::string> parts;
  for (TextSpan part : splitter.split(word)) parts.push_back(word.substr(part.begin, part.size()));
  return parts;
}

TEST(CompoundSplitter, SplitsAtKnownParts) {
  using Parts = std::vector<std::string>;
  EXPECT_EQ(parts_of("サーバーセンター"), (Parts{"サーバー", "センター"}));
  EXPECT_EQ(parts_of("サーバセンタ"), (Parts{"サーバ", "センタ"}));
  EXPECT_EQ(parts_of("ウェブサーバ"), (Parts{"ウェブ", "サーバ"}));
  EXPECT_EQ(parts_of("ユーザーインタフェース"), (Parts{"ユーザー", "インタフェース"}));
  EXPECT_EQ(parts_of("セキュリティポリシー"), (Parts{"セキュリティ", "ポリシー"}));
}

TEST(CompoundSplitter, KeepsWordsThatOnlyBeginWithAKnownWord) {
  using Parts = std::vector<std::string>;
  EXPECT_EQ(parts_of("モニタリング"), (Parts{"モニタリング"}));
  EXPECT_EQ(parts_of("ユーザビリティ"), (Parts{"ユーザビリティ"}));
  EXPECT_EQ(parts_of("サーバント"), (Parts{"サーバント"}));
  EXPECT_EQ(parts_of("ドア"), (Parts{"ドア"}));
}

TEST(LongVowelSpelling, JisDropsTheFinalLongMarkWhenThreeSoundsRemain) {
  LongVowelSpelling jis(LongVowelStyle::Jis, {"ポリシー"});
  EXPECT_EQ(jis.respell("サーバー"), "サーバ");
  EXPECT_EQ(jis.respell("センター"), "センタ");
  EXPECT_EQ(jis.respell("コンピューター"), "コンピュータ");
  EXPECT_EQ(jis.respell("サーバーセンター"), "サーバセンタ");
  EXPECT_EQ(jis.respell("カバー"), "カバー");
  EXPECT_EQ(jis.respell("キー"), "キー");
  EXPECT_EQ(jis.respell("エラー"), "エラー");
  EXPECT_EQ(jis.respell("インタビュー"), "インタビュー");
  EXPECT_EQ(jis.respell("ワークフロー"), "ワークフロー");
  EXPECT_EQ(jis.respell("エネルギー"), "エネルギー");
  EXPECT_EQ(jis.respell("ポリシー"), "ポリシー");
}

TEST(LongVowelSpelling, KokujiLengthensOnlyKnownShortenedWords) {
  LongVowelSpelling kokuji(LongVowelStyle::Kokuji, {});
  EXPECT_EQ(kokuji.respell("サーバ"), "サーバー");
  EXPECT_EQ(kokuji.respell("ウェブサーバ"), "ウェブサーバー");
  EXPECT_EQ(kokuji.respell("サーバセンタ"), "サーバーセンター");
  EXPECT_EQ(kokuji.respell("ドア"), "ドア");
  EXPECT_EQ(kokuji.respell("メモリ"), "メモリ");
  EXPECT_EQ(kokuji.respell("サーバー"), "サーバー");
}

}  // namespace
}  // namespace tebiki
