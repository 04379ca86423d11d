// AliasSigns: the glossary rule's quick test. A text holding an alias always passes; a text
// holding only the terms, spelled as the glossary spells them, does not.
#include <gtest/gtest.h>

#include "rules/alias_signs.h"

namespace tebiki {
namespace {

TEST(AliasSigns, ATextHoldingAnAliasPassesAndTheTermsSpellingDoesNot) {
  AliasSigns signs;
  signs.add("保管・範囲", "保管範囲");
  signs.add("サーバー", "サーバ");
  signs.add("ウィルス", "ウイルス");
  EXPECT_TRUE(signs.may_hold_alias("ログの保管・範囲を決める。"));
  EXPECT_TRUE(signs.may_hold_alias("サーバーを止める"));
  EXPECT_TRUE(signs.may_hold_alias("ウィルス"));
  EXPECT_FALSE(signs.may_hold_alias("ログの保管範囲を決める。サーバを止める。ウイルスを検知する。"));
  EXPECT_FALSE(signs.may_hold_alias(""));
}

TEST(AliasSigns, AnAliasOfOneCodePointOrWithTheTermsPairsOnlyIsStillFound) {
  AliasSigns signs;
  signs.add("網", "ネットワーク");
  signs.add("監視", "監視監視");  // every pair of the alias is the term's: its first pair signs it
  signs.add("𠮷", "吉");           // beyond the Basic Multilingual Plane: every text may hold it
  EXPECT_TRUE(signs.may_hold_alias("社内網"));
  EXPECT_TRUE(signs.may_hold_alias("常時監視"));
  AliasSigns plain;
  plain.add("網", "ネットワーク");
  plain.add("監視", "監視監視");
  EXPECT_FALSE(plain.may_hold_alias("ネットワークを見る"));
  EXPECT_TRUE(signs.may_hold_alias("ネットワークを見る"));  // because of 𠮷
}

}  // namespace
}  // namespace tebiki
