// The postings of the search index (generator/search_postings.h): the terms of each document
// inverted, compared with a plain inversion of the same terms.
#include "search_postings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "search_tokens.h"

namespace tebiki {
namespace {

SearchDocument document(std::string title, std::string text, std::string keywords = "") {
  return {0, "", "", std::move(title), 2, -1, std::move(text), std::move(keywords)};
}

// Each document's terms as sets, then inverted: what invert_document_terms must give.
InvertedTerms plain_inversion(const std::vector<SearchDocument>& docs) {
  InvertedTerms out;
  JapaneseWordSegmenter segmenter;
  for (std::uint32_t doc = 0; doc < docs.size(); ++doc) {
    std::set<std::string> grams, words;
    for (const std::string* field : {&docs[doc].title, &docs[doc].text, &docs[doc].keywords}) {
      std::u32string folded = fold_for_search(*field);
      for (std::string& gram : japanese_bigrams(folded)) grams.insert(std::move(gram));
      for (std::string& word : latin_words(folded)) words.insert(std::move(word));
      for (std::string& word : segmenter.words(*field)) words.insert(std::move(word));
    }
    for (const std::string& gram : grams) out.grams[gram].push_back(doc);
    for (const std::string& word : words) out.words[word].push_back(doc);
  }
  return out;
}

TEST(InvertDocumentTerms, ATermCountsOnceForItsDocument) {
  std::vector<SearchDocument> docs = {document("ログの保存", "ログを保存する。ログ", "ログ"), document("SQL", "sql と ＳＱＬ")};
  InvertedTerms terms = invert_document_terms(docs);
  EXPECT_EQ(terms.grams.at("ログ"), std::vector<std::uint32_t>{0});
  EXPECT_EQ(terms.words.at("sql"), std::vector<std::uint32_t>{1});
  EXPECT_EQ(terms.words.at("保存"), std::vector<std::uint32_t>{0});
}

TEST(InvertDocumentTerms, NothingForNoDocuments) {
  InvertedTerms terms = invert_document_terms({});
  EXPECT_TRUE(terms.grams.empty());
  EXPECT_TRUE(terms.words.empty());
}

// More documents than one block of the inversion holds, with terms repeated within and
// across documents, and grams beyond the Basic Multilingual Plane.
TEST(InvertDocumentTerms, SameAsInvertingEachDocumentsTermSet) {
  const std::vector<std::string> pieces = {"脆弱性診断", "ログの保存期間", "サーバーを再起動する", "SQLインジェクション",
                                           "𠮷野家", "ｻｰﾊﾞｰ", "Café と IPv6", "ファイアウォール", "。", "を定める"};
  std::vector<SearchDocument> docs;
  for (std::size_t i = 0; i < 9000; ++i) {
    std::string text = pieces[i % pieces.size()] + pieces[(i / 7) % pieces.size()] + pieces[(i / 61) % pieces.size()];
    docs.push_back(document(pieces[(i / 3) % pieces.size()], text, i % 5 == 0 ? pieces[i % 3] : ""));
  }
  InvertedTerms terms = invert_document_terms(docs);
  InvertedTerms expected = plain_inversion(docs);
  EXPECT_EQ(terms.grams, expected.grams);
  EXPECT_EQ(terms.words, expected.words);
}

}  // namespace
}  // namespace tebiki
