// The terms of the search index: folding, bigrams, Latin words, ICU word segmentation.
// theme/assets/tebiki-search-terms.js must compute the same; tests/search/search_test.mjs
// checks that on the whole book.
#include "search_tokens.h"

#include <gtest/gtest.h>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cstdlib>
#include <random>

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

TEST(FoldForSearch, IntoABufferReplacesItsContent) {
  std::u32string buffer = U"古い内容";
  fold_for_search("ｻｰﾊﾞｰとＳＱＬ", buffer);
  EXPECT_EQ(buffer, fold_for_search("ｻｰﾊﾞｰとＳＱＬ"));
  EXPECT_EQ(to_utf8(buffer), "サーバとsql");
}

TEST(FoldForSearch, InvalidBytesAndMarksAtTheEnds) {
  EXPECT_EQ(folded("\xff" "あ"), "\ufffdあ");
  EXPECT_EQ(folded("\u0301a\u0301"), "\u0301\u00e1");  // a leading mark stays itself
  EXPECT_EQ(folded("か\u3099\u3099"), folded("が\u3099"));
}

TEST(SearchScriptOf, BeyondTheBasicPlane) {
  EXPECT_EQ(search_script(U'\uffff'), SearchScript::none);
  EXPECT_EQ(search_script(U'\U00020BB7'), SearchScript::kanji);  // 𠮷
  EXPECT_EQ(search_script(U'\U0003134F'), SearchScript::kanji);
  EXPECT_EQ(search_script(U'\U00031350'), SearchScript::none);
}

std::string gram_text(GramKey key) {
  std::string text;
  append_gram_text(text, key);
  return text;
}

TEST(GramKeys, StandForTheBigrams) {
  std::vector<GramKey> keys;
  append_bigram_keys(fold_for_search("𠮷野の家"), keys);
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_EQ(gram_text(keys[0]), "𠮷野");
  EXPECT_EQ(gram_text(keys[1]), "の");
  EXPECT_EQ(gram_text(keys[2]), "家");
}

TEST(GramKeys, SortAsTheirText) {
  std::vector<GramKey> keys;
  append_bigram_keys(fold_for_search("家 家族 家𠮷 𠮷 𠮷家 あ あい ア アイ 漢 漢字 豈 々木"), keys);
  std::vector<std::string> texts;
  for (GramKey key : keys) texts.push_back(gram_text(key));
  std::sort(keys.begin(), keys.end());
  std::sort(texts.begin(), texts.end());
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(gram_text(keys[i]), texts[i]);
}

TEST(WordList, HoldsWordsInOrderWithRepeats) {
  WordList words;
  words.add(U"ログ");
  words.add(U"sql");
  words.add(U"ログ");
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1], "sql");
  EXPECT_EQ(words.strings(), (std::vector<std::string>{"ログ", "sql", "ログ"}));
  words.clear();
  EXPECT_EQ(words.size(), 0u);
}

// A new word break iterator that has segmented a run of kanji, as JapaneseWordSegmenter's
// (see its constructor): before one, a run that starts with ー stays one word.
std::unique_ptr<icu::BreakIterator> word_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), status));
  icu::UnicodeString kanji(u"漢字");
  iterator->setText(kanji);
  while (iterator->next() != icu::BreakIterator::DONE) {
  }
  return iterator;
}

// The words of the whole text as ICU gives them, each folded through UTF-8: what
// JapaneseWordSegmenter does without its shortcuts.
std::vector<std::string> reference_words(std::string_view text) {
  std::unique_ptr<icu::BreakIterator> iterator = word_iterator();
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  iterator->setText(unicode);
  std::vector<std::string> out;
  for (int32_t start = iterator->first(), end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
    if (iterator->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    std::string word;
    unicode.tempSubStringBetween(start, end).toUTF8String(word);
    std::u32string folded = fold_for_search(word);
    bool kept = folded.size() >= 2 && std::all_of(folded.begin(), folded.end(), is_search_japanese) &&
                !std::all_of(folded.begin(), folded.end(), [](char32_t c) { return c >= 0x3041 && c <= 0x309F; });
    if (kept) out.push_back(to_utf8(folded));
  }
  return out;
}

TEST(JapaneseWordSegmenter, SameWordsAsFoldingEachWordThroughUtf8) {
  JapaneseWordSegmenter segmenter;  // one instance: its buffers are reused from text to text
  for (std::string_view text : {"脆弱性診断を実施し、ログの保存期間を定める", "ｻｰﾊﾞｰのﾛｸﾞを見る", "ヿとゟ、㌀の㍿",
                                "𠮷野家で𠮷田さんと会う", "ウィルス対策ソフトウェアを更新する", "か\u3099いこく\u3099",
                                "ＳＱＬインジェクション", "サーバー　サーバー。ー", "壊れた\xff文字\xe3\x81列", ""}) {
    EXPECT_EQ(segmenter.words(text), reference_words(text)) << text;
  }
}

// Pieces of random texts: words of the dictionary, particles, and characters that ICU joins
// to kana and kanji, or that fold to them, or that the folding changes.
constexpr std::string_view kPieces[] = {
    "脆弱性", "診断", "ログ", "保存", "期間", "サーバー", "サーバ", "する", "を", "の", "は", "ウイルス", "感染", "開通試験",
    "セキュリティ", "監視", "運用", "マネージド", "サービス", "ー", "ーー", "あ", "ア", "一", "龥",  // the ends of the kana and kanji ranges
    " ", "\n", "\r\n", "\t", "、", "。", "「", "」", "（", "）", "・", "／", "〜", "～", "…", "※", "①", "■", "→", "：",
    "a", "Z", "abc", "SLA", "1", "2024", ".", ",", "-", ":", "'", "\"", "/", "#", "*", "[", "]", "(", ")",
    "Ａ", "１", "９０", "é", "Ω", "д", "א",  // letters and digits of other widths and scripts
    "_", "＿", "\u203f", "\u202f",  // joiners of words (ExtendNumLet)
    "\u0301", "\u3099", "\u309a", "\u200d", "\u200c", "\u200b", "\u00ad", "\ufe0f", "\U000e0100", "\u2060",
    "々", "〆", "〇", "ヽ", "ヾ", "ゝ", "ゞ", "ゟ", "ヿ", "ヷ", "ヵ", "ヶ", "ㇰ", "゛", "゜", "゠", "㋐", "㌀", "ｶ", "ｰ", "ﾞ", "ﾟ",
    "𠮷", "豈", "㐀", "⺀", "⼀", "ㄅ", "가", "ไทย", "😀", "🇯🇵", "\ufffd", "\xff", "\xe3\x81"};

TEST(JapaneseWordSegmenter, RandomTextsGiveTheReferenceWords) {
  std::mt19937 random(20261126);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1), count(1, 14);
  const char* texts_variable = std::getenv("TEBIKI_SEGMENT_TEXTS");  // more texts, by hand
  int texts = texts_variable ? std::atoi(texts_variable) : 3000;
  JapaneseWordSegmenter segmenter;  // one instance: its buffers are reused from text to text
  for (int n = 0; n < texts; ++n) {
    std::string text;
    for (std::size_t k = count(random); k > 0; --k) text += kPieces[piece(random)];
    ASSERT_EQ(segmenter.words(text), reference_words(text)) << text;
  }
}

// CTest runs each test in a process of its own: here no iterator has met a kanji before.
TEST(JapaneseWordSegmenter, ARunThatStartsWithALongVowelMarkIsTheSameFirstAndLater) {
  JapaneseWordSegmenter segmenter;
  std::vector<std::string> first = segmenter.words("ーセキュリティ");
  EXPECT_EQ(first, std::vector<std::string>{"セキユリテイ"});
  EXPECT_EQ(segmenter.words("脆弱性"), std::vector<std::string>{"脆弱"});
  EXPECT_EQ(segmenter.words("ーセキュリティ"), first);
  EXPECT_EQ(segmenter.words("゛、ーセキュリティ"), first);  // ゛ has no engine either
}

}  // namespace
}  // namespace tebiki
