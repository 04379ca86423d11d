// Pass 3 (transform_page): a soft line break between two Japanese characters renders as
// nothing; any other soft break stays white space.
#include <gtest/gtest.h>

#include "book_fixture.h"
#include "render.h"

namespace tebiki {
namespace {
using testing::load_book;
using testing::TempFolder;

/// The site HTML of a one-page book made of `markdown`.
std::string rendered(const std::string& markdown) {
  TempFolder folder;
  folder.write("a.md", markdown);
  auto book = load_book(folder.path());
  if (!book.errors.empty() || book.pages.size() != 1) return "(load failed)";
  return render_content(*book.config, book.pages[0], Variant::Site);
}

TEST(SoftBreak, BetweenJapaneseCharactersRendersAsNothing) {
  EXPECT_EQ(rendered("本書はサー\nバの選定を支援する。\n"), "<p>本書はサーバの選定を支援する。</p>\n");
  EXPECT_EQ(rendered("一行目の終わり。\n二行目。\n"), "<p>一行目の終わり。二行目。</p>\n");
  EXPECT_EQ(rendered("カタカナ\nひらがな\n漢字\n"), "<p>カタカナひらがな漢字</p>\n");
}

TEST(SoftBreak, NextToJapanesePunctuationRendersAsNothing) {
  EXPECT_EQ(rendered("「引用」\n（括弧）\n"), "<p>「引用」（括弧）</p>\n");
  EXPECT_EQ(rendered("提案を求める。\nRFP を送る。\n"), "<p>提案を求める。RFP を送る。</p>\n");
}

TEST(SoftBreak, OtherwiseStaysWhiteSpace) {
  EXPECT_EQ(rendered("This line\ncontinues.\n"), "<p>This line\ncontinues.</p>\n");
  EXPECT_EQ(rendered("日本語\nEnglish\n"), "<p>日本語\nEnglish</p>\n");
  EXPECT_EQ(rendered("MSS\nの選定\n"), "<p>MSS\nの選定</p>\n");
}

TEST(SoftBreak, LooksThroughEmphasisAndLinks) {
  EXPECT_EQ(rendered("*強調*\nの後\n"), "<p><em>強調</em>の後</p>\n");
  EXPECT_EQ(rendered("前\n**太字**\n"), "<p>前<strong>太字</strong></p>\n");
}

TEST(SoftBreak, CodeSpansKeepTheSpace) {
  EXPECT_EQ(rendered("`code`\nの例\n"), "<p><code>code</code>\nの例</p>\n");
}

TEST(SoftBreak, HardBreaksStay) {
  EXPECT_EQ(rendered("一行目  \n二行目\n"), "<p>一行目<br />\n二行目</p>\n");
}

TEST(SoftBreak, InListsAndBlockQuotes) {
  EXPECT_EQ(rendered("- 項目の\n  続き\n"), "<ul>\n<li>項目の続き</li>\n</ul>\n");
  EXPECT_EQ(rendered("> 引用の\n> 続き\n"), "<blockquote>\n<p>引用の続き</p>\n</blockquote>\n");
}

TEST(SoftBreak, CrlfLineEndingsLeaveNoCarriageReturn) {
  std::string html = rendered("\xEF\xBB\xBF# 見出し\r\n\r\n本書はサー\r\nバの選定。\r\nEnd\r\nof line\r\n");
  EXPECT_EQ(html.find('\r'), std::string::npos) << html;
  EXPECT_NE(html.find("本書はサーバの選定。"), std::string::npos) << html;
  EXPECT_NE(html.find("End\nof line"), std::string::npos) << html;
}

}  // namespace
}  // namespace tebiki
