// The search index: documents read from rendered pages, postings, and the script's format.
#include "search_index.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "script_data.h"

namespace tebiki {
namespace {

std::string page_html(const std::string& content) {
  return "<!DOCTYPE html>\n<html><head><title>t</title></head><body><nav><a href=\"x.html\">目次</a></nav>"
         "<div class=\"tebiki-content\">\n" + content + "\n</div></body></html>";
}

/// The documents of a whole page, written out (not wrapped by page_html).
std::vector<SearchDocument> page_documents(const std::string& html) {
  std::vector<SearchDocument> docs;
  EXPECT_TRUE(collect_search_documents(0, "第1章 はじめに", html, docs));
  return docs;
}

std::vector<SearchDocument> documents(const std::string& content) { return page_documents(page_html(content)); }

TEST(SearchDocuments, HeadingsSplitTheTextIntoSections) {
  auto docs = documents(
      "<h1 id=\"はじめに\"><span class=\"secno\">第1章</span> はじめに</h1>\n<p>導入の文。</p>\n"
      "<h2 id=\"背景\"><span class=\"secno\">1.1</span> 背景</h2>\n<p>背景の<em>説明</em>。</p>\n"
      "<h4 id=\"詳細\">詳細</h4>\n<ul><li>一つ目</li><li>二つ目</li></ul>");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "はじめに");
  EXPECT_EQ(docs[0].number, "第1章");
  EXPECT_EQ(docs[0].title, "はじめに");
  EXPECT_EQ(docs[0].text, "導入の文。");
  EXPECT_EQ(docs[1].number, "1.1");
  EXPECT_EQ(docs[1].text, "背景の説明。");
  EXPECT_EQ(docs[1].parent, 0);
  EXPECT_EQ(docs[2].level, 4);
  EXPECT_EQ(docs[2].parent, 1);
  EXPECT_EQ(docs[2].text, "一つ目 二つ目");
}

TEST(SearchDocuments, SpacesBetweenInlineElementsAreKept) {
  auto docs = documents("<h1 id=\"a\">A</h1><p><a href=\"#x\">IDS</a> <code>syslog</code> と <b>SNMP</b></p>");
  EXPECT_EQ(docs[0].text, "IDS syslog と SNMP");
}

TEST(SearchDocuments, NavigationCodeBlocksBackLinksAndFootnotesAreSkipped) {
  auto docs = documents(
      "<h1 id=\"a\">A</h1><nav class=\"glossary-index\"><a href=\"#g\">あ</a></nav><p>本文<sup class=\"footnote-ref\">"
      "<a href=\"#fn-1\">1</a></sup></p><pre><code>ログの例</code></pre>"
      "<p class=\"used-in\">使用箇所：<a href=\"b.html#c\">1.2 定義</a></p>"
      "<section class=\"footnotes\"><ol><li>注の文</li></ol></section>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "本文");
}

TEST(SearchDocuments, EntriesAreDocumentsAndTheTextReturnsToTheSectionAfterThem) {
  auto docs = documents(
      "<h1 id=\"用語説明\">用語説明</h1><h2 class=\"glossary-group\" id=\"tebiki-group-1\">あ</h2>"
      "<dl class=\"glossary\"><dt id=\"term-ids\" data-reading=\"アイディーエス\"><span class=\"term-name\">IDS</span> "
      "<span class=\"reading\">アイディーエス</span> <span class=\"en\">Intrusion Detection System</span></dt>"
      "<dd><p>侵入検知システム。</p></dd><dt id=\"term-ips\">IPS</dt><dd><p>侵入防止システム。</p></dd></dl><p>後書き。</p>");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[1].id, "term-ids");
  EXPECT_EQ(docs[1].title, "IDS Intrusion Detection System");
  EXPECT_EQ(docs[1].level, 0);
  EXPECT_EQ(docs[1].parent, 0);
  EXPECT_EQ(docs[1].text, "侵入検知システム。");
  EXPECT_EQ(docs[2].text, "侵入防止システム。");
  EXPECT_EQ(docs[0].text, "後書き。");
}

TEST(SearchDocuments, HeadingWithoutIdIsText) {
  auto docs = documents("<h1 id=\"a\">A</h1><h2>見出しだけ</h2><p>本文。</p>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "見出しだけ 本文。");
}

TEST(SearchDocuments, TextBeforeAnyHeadingBelongsToThePage) {
  auto docs = documents("<p>見出しのない頁。</p>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "");
  EXPECT_EQ(docs[0].title, "第1章 はじめに");
}

TEST(SearchDocuments, ContentIsTheFirstDivWithTheClass) {
  auto docs = page_documents(
      "<html><body><div class=\"tebiki-contents\"><p>目次ではない</p></div>"
      "<div class=\"wide  tebiki-content x\"><p>本文。</p><div class=\"tebiki-content\"><p>入れ子。</p></div></div>"
      "<div class=\"tebiki-content\"><p>二つ目。</p></div></body></html>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "本文。 入れ子。");
}

TEST(SearchDocuments, WhiteSpaceRunsCollapseToOneSpace) {
  auto docs = documents("<h1 id=\"a\">A</h1><p>  前 \n\t 後  </p><p>\r\n次</p>");
  EXPECT_EQ(docs[0].text, "前 後 次");
}

TEST(SearchDocuments, UnparsablePageIsReported) {
  std::vector<SearchDocument> docs;
  EXPECT_FALSE(collect_search_documents(0, "t", "<html><p>unclosed", docs));
  EXPECT_TRUE(docs.empty());
}

TEST(SearchDocuments, TextIsReadAsXmlReadsItAndCommentsDoNotSeparateWords) {
  auto docs = documents("<h1 id=\"a\">A &amp; B</h1><p>x &lt; y &#x5C0E;&#20837;<![CDATA[ <c>&amp; ]]>前<!-- 注 -->後&unknown;</p>");
  EXPECT_EQ(docs[0].title, "A & B");
  EXPECT_EQ(docs[0].text, "x < y 導入 <c>&amp; 前後&unknown;");
}

TEST(SearchDocuments, TheNumberIsTheSecnoFirstTextAndSkippedClassesAreLeftOutOfTheTitle) {
  auto docs = documents(
      "<h2 id=\"a\"><span class=\"secno\">1.<b>2</b>3</span> 用語<span class=\"reading\">ようご</span>"
      "<a href=\"#a\"><em>の</em>説明</a><![CDATA[ 見出し直下のCDATA ]]><i><![CDATA[入れ子]]></i></h2>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].number, "1.");
  EXPECT_EQ(docs[0].title, "用語の説明入れ子");
}

TEST(SearchDocuments, SkippedElementsDropTheirWholeSubtreeEvenHeadingsAndEntries) {
  auto docs = documents(
      "<h1 id=\"a\">A</h1><nav><h2 id=\"n\">ナビ</h2><p>案内</p></nav><div class=\"x footnotes\"><dl><dt id=\"f\">注</dt></dl></div>"
      "<h2 id=\"tebiki-group\">あ<span>か</span></h2><pre><code>コード</code></pre><p>本文</p>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "本文");
}

TEST(SearchDocuments, AfterAListBeforeAnyDocumentTheTextStaysWithTheLastEntry) {
  auto docs = documents("<dl><dt id=\"a\">A <b>太</b></dt><dd>説明</dd></dl><p>後</p>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "A 太");
  EXPECT_EQ(docs[0].text, "説明 後");
}

TEST(SearchDocuments, TextOutsideTheContentIsNotCollected) {
  auto docs = page_documents(
      "<html><body><p>前</p><div class=\"tebiki-content\"><p>本文</p></div><p>後</p>"
      "<div class=\"tebiki-content\"><h1 id=\"b\">別</h1></div></body></html>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "本文");
}

TEST(SearchDocuments, AMalformedPageOrOneWithoutContentAddsNothing) {
  std::vector<SearchDocument> docs(1);
  EXPECT_FALSE(collect_search_documents(0, "t", "<html><div class=\"tebiki-content\"><h1 id=\"a\">A</h1><p>x</div></html>", docs));
  EXPECT_FALSE(collect_search_documents(0, "t", "<html><div class=\"tebiki-content\"><h1 id=\"a\">A</h1><!x></div></html>", docs));
  EXPECT_FALSE(collect_search_documents(0, "t", "<html><div class=\"content\"><h1 id=\"a\">A</h1></div></html>", docs));
  EXPECT_EQ(docs.size(), 1u);
}

SearchIndex book_index() {
  std::vector<Page> pages(2);
  pages[0].output = "chapter1.html";
  pages[0].title = "はじめに";
  pages[1].output = "glossary.html";
  pages[1].title = "用語説明";
  SiteFiles files;
  files["chapter1.html"] = page_html("<h1 id=\"はじめに\">はじめに</h1><p>脆弱性診断とSQL。</p>");
  files["glossary.html"] = page_html("<h1 id=\"用語説明\">用語説明</h1><dl><dt id=\"term-fw\">ファイアウォール</dt><dd><p>通信を遮る。</p></dd></dl>");
  Glossary glossary;
  glossary.page_output = "glossary.html";
  glossary.entries.push_back({});
  glossary.entries.back().anchor = "term-fw";
  glossary.entries.back().aliases = {"ファイヤーウォール"};
  return build_search_index(pages, files, glossary);
}

TEST(SearchIndex, PostingsHoldBigramsAndWordsOfEachDocument) {
  SearchIndex index = book_index();
  ASSERT_EQ(index.docs.size(), 3u);
  EXPECT_EQ(index.pages[1].href, "glossary.html");
  EXPECT_EQ(index.grams.at("診断"), std::vector<std::uint32_t>{0});
  EXPECT_EQ(index.words.at("sql"), std::vector<std::uint32_t>{0});
  EXPECT_EQ(index.grams.at("用語"), std::vector<std::uint32_t>{1});
  EXPECT_EQ(index.docs[2].keywords, "ファイヤーウォール");
  EXPECT_EQ(index.grams.at("イヤ"), std::vector<std::uint32_t>{2});  // ファイヤー…, from the alias
}

TEST(SearchIndex, ScriptSetsTheGlobalWithPackedPostings) {
  SearchIndex index;
  index.pages.push_back({"a.html", "A"});
  for (int i = 0; i < 42; ++i) index.docs.push_back({0, "s" + std::to_string(i), "", "t", 2, -1, "x", ""});
  index.docs[0].text = "line\u2028separator";
  index.grams["あい"] = {3, 40, 41};
  index.words["sql"] = {0};
  std::string script = search_index_script(index);
  const std::string prefix = "window.TEBIKI_SEARCH_INDEX = ";
  ASSERT_TRUE(script.starts_with(prefix));
  ASSERT_TRUE(script.ends_with(";\n"));
  EXPECT_EQ(script.find("\u2028"), std::string::npos);
  auto json = nlohmann::json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 2));
  EXPECT_EQ(json["version"], 2);
  EXPECT_EQ(json["grams"], "あい");
  EXPECT_EQ(json["gramDocs"], "3B51,");
  EXPECT_EQ(json["words"], "sql");
  EXPECT_EQ(json["wordDocs"], "0,");
  EXPECT_EQ(json["docs"][0][6], 14);  // the length of the text, not the text
  EXPECT_EQ(json["pages"][0][0], "a.html");
}

TEST(SearchIndex, TextGoesToChunksThatTheIndexLists) {
  SearchIndex index;
  index.pages.push_back({"a.html", "A"});
  std::string big(kSearchTextChunkBytes, 'x');
  for (std::string text : {big, std::string("𠮷と\u2028"), std::string("次")}) {
    index.docs.push_back({0, "s", "", "t", 2, -1, text, ""});
  }
  SiteFiles files = search_index_files(index);
  ASSERT_EQ(files.size(), 3u);
  const std::string& script = files.at(kSearchIndexPath);
  auto json = nlohmann::json::parse(script.substr(script.find('{'), script.rfind('}') - script.find('{') + 1));
  EXPECT_EQ(json["chunks"], nlohmann::json::array({0, 1}));
  EXPECT_EQ(json["docs"][1][6], 4);  // 𠮷 is two UTF-16 units
  EXPECT_EQ(script.find("xxx"), std::string::npos);
  const std::string& second = files.at(std::string(kSearchTextFolder) + "1.js");
  const std::string prefix = "(window.TEBIKI_SEARCH_TEXT = window.TEBIKI_SEARCH_TEXT || {})[1] = ";
  ASSERT_TRUE(second.starts_with(prefix));
  EXPECT_EQ(second.find("\u2028"), std::string::npos);
  auto texts = nlohmann::json::parse(second.substr(prefix.size(), second.size() - prefix.size() - 2));
  EXPECT_EQ(texts, nlohmann::json::array({"𠮷と\u2028", "次"}));
  EXPECT_TRUE(files.at(std::string(kSearchTextFolder) + "0.js").find(big) != std::string::npos);
}

// The script as it was written from a nlohmann::json tree before append_script_string: the
// bytes must not change.
std::string script_from_tree(const SearchIndex& index, const std::vector<std::size_t>& chunks) {
  nlohmann::json pages = nlohmann::json::array(), docs = nlohmann::json::array();
  for (const SearchPage& page : index.pages) pages.push_back(nlohmann::json::array({page.href, page.title}));
  for (const SearchDocument& doc : index.docs) {
    std::size_t length = doc.text.size();  // in UTF-16 units: the texts here are ASCII
    docs.push_back(nlohmann::json::array({doc.page, doc.id, doc.number, doc.title, doc.level, doc.parent, length, doc.keywords}));
  }
  auto joined = [](const Postings& postings, bool packed) {
    std::string out;
    for (const auto& [term, list] : postings) {
      if (packed) out += std::to_string(list.front()) + ",";  // one-digit documents here
      else out += (out.empty() ? "" : " ") + term;
    }
    return out;
  };
  nlohmann::json root;
  root["version"] = 2;
  root["pages"] = pages;
  root["docs"] = docs;
  root["chunks"] = chunks;
  root["grams"] = joined(index.grams, false);
  root["gramDocs"] = joined(index.grams, true);
  root["words"] = joined(index.words, false);
  root["wordDocs"] = joined(index.words, true);
  return window_assignment("TEBIKI_SEARCH_INDEX", root);
}

TEST(SearchIndex, ScriptHasTheBytesOfTheJsonTree) {
  SearchIndex index;
  index.pages.push_back({"a<b>.html", "題\u2028名 \"引用\""});
  index.pages.push_back({"bad\xff.html", "\x01\x1f"});
  index.docs.push_back({0, "id-1", "1.2", "見出し</script>", 2, -1, "text", "別名"});
  index.docs.push_back({1, "", "", "t\\", 0, 0, "more text", ""});
  index.grams["あい"] = {0};
  index.grams["い"] = {1};
  index.words["sql"] = {1};
  EXPECT_EQ(search_index_script(index), script_from_tree(index, {0}));
}

}  // namespace
}  // namespace tebiki
