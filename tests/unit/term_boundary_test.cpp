// Where a glossary term may stand in prose (the build's term links and the glossary rule).
#include "term_boundary.h"

#include <gtest/gtest.h>

namespace tebiki {
namespace {

/// Whether `term` at its first place in `text` counts as a use.
bool found_in(const std::string& text, const std::string& term) {
  std::size_t at = text.find(term);
  return at != std::string::npos && on_term_boundary(text, at, at + term.size());
}

TEST(OnTermBoundary, AsciiTermsDoNotCutWords) {
  EXPECT_TRUE(found_in("SOCが監視する", "SOC"));
  EXPECT_TRUE(found_in("(SOC)", "SOC"));
  EXPECT_TRUE(found_in("SSL-VPN", "SSL"));
  EXPECT_FALSE(found_in("SOCKSを使う", "SOC"));
  EXPECT_FALSE(found_in("MSOC", "SOC"));
  EXPECT_FALSE(found_in("SOC2", "SOC"));
}

TEST(OnTermBoundary, ShortKatakanaTermsNotInsideKatakanaWords) {
  EXPECT_TRUE(found_in("ログを見る", "ログ"));
  EXPECT_FALSE(found_in("アクセスログ", "ログ"));  // the price: a katakana compound ending in it
  EXPECT_TRUE(found_in("操作ログの保存", "ログ"));
  EXPECT_FALSE(found_in("更新プログラム", "ログ"));
  EXPECT_FALSE(found_in("ログインする", "ログ"));
  EXPECT_FALSE(found_in("カタログ", "ログ"));
  EXPECT_FALSE(found_in("ロボット", "ボット"));
  EXPECT_FALSE(found_in("ログー", "ログ"));       // ー continues the word
  EXPECT_TRUE(found_in("ウェブ・ログ", "ログ"));  // ・ separates words
}

TEST(OnTermBoundary, LongKatakanaTermsInsideCompounds) {
  EXPECT_TRUE(found_in("コンピュータウイルス", "ウイルス"));
  EXPECT_TRUE(found_in("テストアラート", "アラート"));
}

TEST(OnTermBoundary, KanjiAndEdges) {
  EXPECT_TRUE(found_in("脅威度", "脅威"));
  EXPECT_TRUE(found_in("ログ", "ログ"));
  EXPECT_FALSE(on_term_boundary("ログ", 0, 0));
  EXPECT_FALSE(on_term_boundary("ログ", 0, 99));
}

}  // namespace
}  // namespace tebiki
