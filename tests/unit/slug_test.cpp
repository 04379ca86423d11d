// GitHub-compatible heading anchors: github_slug, SlugRegistry, take_custom_id.
#include <gtest/gtest.h>

#include "slug.h"

namespace tebiki {
namespace {

TEST(GithubSlug, KeepsJapaneseAsIs) {
  EXPECT_EQ(github_slug("背景と目的"), "背景と目的");
  EXPECT_EQ(github_slug("サーバーの選定"), "サーバーの選定");  // ー is a letter (Lm)
  EXPECT_EQ(github_slug("ｶﾀｶﾅ"), "ｶﾀｶﾅ");
}

TEST(GithubSlug, LowerCasesLetters) {
  EXPECT_EQ(github_slug("MSS Overview"), "mss-overview");
  EXPECT_EQ(github_slug("ＭＳＳの概要"), "ｍｓｓの概要");  // full-width letters too, as JavaScript's toLowerCase
  EXPECT_EQ(github_slug("Ärger"), "ärger");
}

TEST(GithubSlug, RemovesPunctuationAndSymbols) {
  EXPECT_EQ(github_slug("FAQ・よくある質問（Q&A）"), "faqよくある質問qa");
  EXPECT_EQ(github_slug("運用「監視」と報告、連絡。"), "運用監視と報告連絡");
  EXPECT_EQ(github_slug("設定: /etc/hosts"), "設定-etchosts");
  EXPECT_EQ(github_slug("C++ と C#"), "c-と-c");
  EXPECT_EQ(github_slug("1.2 概要!?"), "12-概要");
  EXPECT_EQ(github_slug("『手引き』【改訂版】〜第2版〜"), "手引き改訂版第2版");
  EXPECT_EQ(github_slug("🚀 Launch"), "-launch");
}

TEST(GithubSlug, SpacesBecomeHyphensOneForOne) {
  EXPECT_EQ(github_slug("a b"), "a-b");
  EXPECT_EQ(github_slug("a  b"), "a--b");
  EXPECT_EQ(github_slug("a - b"), "a---b");
}

TEST(GithubSlug, KeepsDigitsHyphensAndUnderscores) {
  EXPECT_EQ(github_slug("step_1-2"), "step_1-2");
  EXPECT_EQ(github_slug("２０２４年"), "２０２４年");
  EXPECT_EQ(github_slug("①の手順"), "①の手順");
}

TEST(GithubSlug, EmptyWhenNothingIsKept) {
  EXPECT_EQ(github_slug(""), "");
  EXPECT_EQ(github_slug("・。、"), "");
}

TEST(SlugRegistry, NumbersDuplicatesLikeGithub) {
  SlugRegistry slugs;
  EXPECT_EQ(slugs.unique("概要"), "概要");
  EXPECT_EQ(slugs.unique("概要"), "概要-1");
  EXPECT_EQ(slugs.unique("概要"), "概要-2");
  EXPECT_EQ(slugs.unique("手順"), "手順");
}

TEST(SlugRegistry, SkipsSuffixesTakenByOtherHeadings) {
  SlugRegistry slugs;
  EXPECT_EQ(slugs.unique("x"), "x");
  EXPECT_EQ(slugs.unique("x-1"), "x-1");
  EXPECT_EQ(slugs.unique("x"), "x-2");
  EXPECT_EQ(slugs.unique("x-1"), "x-1-1");
}

TEST(SlugRegistry, CustomIdsAreReservedOnce) {
  SlugRegistry slugs;
  EXPECT_TRUE(slugs.reserve("steps"));
  EXPECT_FALSE(slugs.reserve("steps"));
  EXPECT_EQ(slugs.unique("steps"), "steps-1");
  EXPECT_EQ(slugs.unique("intro"), "intro");
  EXPECT_FALSE(slugs.reserve("intro"));
}

TEST(TakeCustomId, SplitsTheTrailingId) {
  std::string text = "手順 {#steps}";
  EXPECT_EQ(take_custom_id(text), "steps");
  EXPECT_EQ(text, "手順");

  text = "手順{#steps}  ";
  EXPECT_EQ(take_custom_id(text), "steps");
  EXPECT_EQ(text, "手順");

  text = "{#only}";
  EXPECT_EQ(take_custom_id(text), "only");
  EXPECT_EQ(text, "");
}

TEST(TakeCustomId, LeavesOtherTextAlone) {
  for (std::string original : {"手順", "手順 {#}", "手順 {#a b}", "手順 {#x} の後", "集合 {a, b}", "手順 #steps"}) {
    std::string text = original;
    EXPECT_EQ(take_custom_id(text), "") << original;
    EXPECT_EQ(text, original);
  }
}

}  // namespace
}  // namespace tebiki
