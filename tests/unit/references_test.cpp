// Appendix C and citations: references.yml loaded with its checks, `[@id]` and `[@a; @b]` as
// links labelled with the standard's number, entries grouped by body in the configured order
// with 「引用箇所」, and the findings (unknown id: error at its place; never cited: warning at
// the id in references.yml), each reported once even with the lint on.
#include "references.h"

#include <gtest/gtest.h>

#include "built_book.h"

namespace tebiki {
namespace {
using testing::BuiltBook;
using testing::TempFolder;

struct LoadedReferences {
  std::optional<References> references;
  std::vector<std::string> errors;
};

LoadedReferences load(const std::string& yaml) {
  TempFolder folder;
  folder.write("references.yml", yaml);
  BookConfig config;
  config.source_dir = folder.path();
  config.references = "references.yml";
  std::vector<SourceError> errors;
  LoadedReferences loaded{load_references(config, &errors), {}};
  std::string prefix = (folder.path() / "").string();
  for (SourceError& error : errors) {
    if (error.path.starts_with(prefix)) error.path.erase(0, prefix.size());
    loaded.errors.push_back(error.to_string());
  }
  return loaded;
}

TEST(LoadReferences, ReadsEveryFieldAndTheLabel) {
  std::string yaml =
      "# 文献\n- id: jis-q27001\n  body: JIS\n  number: Q 27001:2006\n  title: 要求事項\n"
      "  title_en: Requirements\n  year: 2006\n  url: https://example.jp/\n  note: 注記\n"
      "- id: law\n  body: 法令\n  title: 不正アクセス禁止法\n";
  LoadedReferences loaded = load(yaml);
  ASSERT_TRUE(loaded.references) << ::testing::PrintToString(loaded.errors);
  const Reference* ref = loaded.references->find("jis-q27001");
  ASSERT_NE(ref, nullptr);
  EXPECT_EQ(ref->label(), "JIS Q 27001:2006");
  EXPECT_EQ(ref->title_en, "Requirements");
  EXPECT_EQ(ref->year, "2006");
  EXPECT_EQ(ref->url, "https://example.jp/");
  EXPECT_EQ(ref->note, "注記");
  EXPECT_EQ(ref->anchor, "ref-jis-q27001");
  EXPECT_EQ(ref->line, 2u);
  EXPECT_EQ(yaml.substr(ref->offset, ref->id.size()), "jis-q27001");
  EXPECT_EQ(loaded.references->find("law")->label(), "不正アクセス禁止法");  // no number: the title
}

TEST(LoadReferences, ExactErrors) {
  EXPECT_EQ(load("- body: JIS\n  title: 題\n").errors,
            std::vector<std::string>{"references.yml:1:3: error: reference without 'id'"});
  EXPECT_EQ(load("- id: a\n  title: 題\n").errors,
            std::vector<std::string>{"references.yml:1:3: error: reference without 'body'"});
  EXPECT_EQ(load("- id: a\n  body: JIS\n").errors,
            std::vector<std::string>{"references.yml:1:3: error: reference without 'title'"});
  EXPECT_EQ(
      load("- id: a\n  body: JIS\n  title: 題\n- id: a\n  body: ISO\n  title: 別\n").errors,
      std::vector<std::string>{"references.yml:4:3: error: reference id 'a' is defined twice"});
  EXPECT_EQ(
      load("id: a\n").errors,
      std::vector<std::string>{"references.yml:1:1: error: references must be a list of entries"});
  EXPECT_EQ(
      load("- a\n").errors,
      std::vector<std::string>{
          "references.yml:1:3: error: a reference must be a mapping with id, body and title"});
}

TEST(LoadReferences, UnknownKeysAreErrorsWithTheLikelyKey) {
  EXPECT_EQ(load("- id: a\n  body: JIS\n  title: 題\n  yaer: 2006\n").errors,
            std::vector<std::string>{
                "references.yml:4:3: error: unknown key 'yaer' in a reference; did you mean 'year'?"});
  EXPECT_EQ(load("- {id: a, body: 法令, title: 題, issued: 2006}\n").errors,
            std::vector<std::string>{
                "references.yml:1:31: error: unknown key 'issued' in a reference; known keys: id, "
                "body, number, title, title_en, year, url, note"});
}

// yaml-cpp counts columns in bytes; the message counts code points.
TEST(LoadReferences, ColumnsCountCodePoints) {
  EXPECT_EQ(load("- {id: a, body: 法令, title: 題, url: 'javascript:x'}\n").errors,
            std::vector<std::string>{
                "references.yml:1:36: error: url of reference 'a' would run script"});
}

const std::map<std::string, std::string> kBook = {
    {"tebiki.yml",
     "title: 引用の本\nchapters:\n  - chapter1.md\nappendices:\n  - references.md\n"
     "references: references.yml\nreference_bodies: [JIS, IETF]\n"},
    {"references.yml",
     "- id: rfc2350\n  body: IETF\n  number: RFC 2350\n  title: Expectations for CSIRTs\n  year: "
     "1998\n"
     "- id: nist-800-61\n  body: NIST\n  number: SP 800-61\n  title: Incident Handling Guide\n"
     "- id: jis-q27001\n  body: JIS\n  number: Q 27001:2006\n  title: 要求事項 <ISMS>\n"
     "  url: https://example.jp/q27001\n"},
    {"references.md", "# リファレンス\n\n文献を並べる。\n"},
    {"chapter1.md",
     "# 引用の章\n\n## 節\n\n規格[@jis-q27001]と二つの引用[@jis-q27001; @rfc2350]。\n\n"
     "## 別の節\n\nもう一度[@rfc2350]。手引き[@nist-800-61]。\n"},
};

TEST(Citations, LinksLabelledWithTheNumberAndTitleOnHover) {
  BuiltBook book;
  testing::build_book_from(kBook, book);
  ASSERT_EQ(book.findings(), std::vector<std::string>{});
  const std::string& chapter = book.pages.at("chapter1.html");
  std::string jis =
      "<a class=\"cite\" title=\"要求事項 &lt;ISMS&gt;\" href=\"references.html#ref-jis-q27001\">"
      "JIS Q 27001:2006</a>";
  std::string rfc =
      "<a class=\"cite\" title=\"Expectations for CSIRTs\" href=\"references.html#ref-rfc2350\">"
      "IETF RFC 2350</a>";
  EXPECT_NE(chapter.find("<p>規格<span class=\"citation\">［" + jis +
                         "］</span>と二つの引用"
                         "<span class=\"citation\">［" +
                         jis + "、" + rfc + "］</span>。</p>"),
            std::string::npos)
      << chapter;
}

// Pandoc's locator after a comma, `[@id, p. 3]`: shown after the link, escaped.
TEST(Citations, ALocatorFollowsItsLink) {
  std::map<std::string, std::string> files = kBook;
  files["chapter1.md"] += "\n箇所[@jis-q27001, 5.2節; @rfc2350, p. 3 & <4>]。\n";
  BuiltBook book;
  testing::build_book_from(files, book, /*lint=*/true);
  ASSERT_EQ(book.findings(), std::vector<std::string>{});
  const std::string& chapter = book.pages.at("chapter1.html");
  EXPECT_NE(chapter.find("JIS Q 27001:2006</a>, 5.2節、<a class=\"cite\""), std::string::npos) << chapter;
  EXPECT_NE(chapter.find("IETF RFC 2350</a>, p. 3 &amp; &lt;4&gt;］</span>。</p>"), std::string::npos) << chapter;
}

TEST(Citations, CitedInFollowsTheBooksLanguage) {
  BuiltBook book;
  testing::build_book_from(testing::with_config(kBook, "language: en\n"), book);
  const std::string& page = book.pages.at("references.html");
  EXPECT_NE(page.find("<p class=\"cited-in\">Cited in: <a href=\"chapter1.html#"), std::string::npos) << page;
  EXPECT_EQ(page.find("引用箇所"), std::string::npos) << page;
}

// The back-links of both appendices are made once when they sit in one folder; Appendix C in
// another folder gets its own, relative to its page.
TEST(Citations, BackLinksAreRelativeToEachAppendixFolder) {
  std::map<std::string, std::string> files = kBook;
  files["tebiki.yml"] =
      "title: 引用の本\nchapters:\n  - chapter1.md\nappendices:\n  - glossary.md\n  - appendix/references.md\n"
      "glossary: glossary.yml\nreferences: references.yml\n";
  files["glossary.md"] = "# 用語集\n";
  files["glossary.yml"] = "- term: 規格\n  reading: きかく\n  description: 決まり。\n";
  files["appendix/references.md"] = files["references.md"];
  files.erase("references.md");
  BuiltBook book;
  testing::build_book_from(files, book);
  ASSERT_EQ(book.findings(), std::vector<std::string>{});
  EXPECT_NE(book.pages.at("glossary.html").find("使用箇所：<a href=\"chapter1.html#節\">1.1 節</a>"), std::string::npos)
      << book.pages.at("glossary.html");
  EXPECT_NE(book.pages.at("appendix/references.html")
                .find("引用箇所：<a href=\"../chapter1.html#節\">1.1 節</a>、<a href=\"../chapter1.html#別の節\">"),
            std::string::npos)
      << book.pages.at("appendix/references.html");
}

TEST(Citations, AppendixGroupsByBodyInConfiguredOrder) {
  BuiltBook book;
  testing::build_book_from(kBook, book);
  const std::string& page = book.pages.at("references.html");
  std::vector<std::string> in_order = {
      "<h2 id=\"tebiki-body-jis\">JIS</h2>",
      "<dt id=\"ref-jis-q27001\">JIS Q 27001:2006</dt>\n<dd><span class=\"ref-title\">"
      "<a href=\"https://example.jp/q27001\">要求事項 &lt;ISMS&gt;</a></span>\n"
      "<p class=\"cited-in\">引用箇所：<a href=\"chapter1.html#節\">1.1 節</a></p>",
      "<h2 id=\"tebiki-body-ietf\">IETF</h2>",
      "<dt id=\"ref-rfc2350\">IETF RFC 2350</dt>\n<dd><span class=\"ref-title\">Expectations for "
      "CSIRTs"
      "</span>（1998）\n<p class=\"cited-in\">引用箇所：<a href=\"chapter1.html#節\">1.1 節</a>、"
      "<a href=\"chapter1.html#別の節\">1.2 別の節</a></p>",
      "<h2 id=\"tebiki-body-nist\">NIST</h2>",  // not configured: after the others, in file order
      "<dt id=\"ref-nist-800-61\">NIST SP 800-61</dt>",
  };
  std::size_t at = 0;
  for (const std::string& part : in_order) {
    std::size_t found = page.find(part, at);
    ASSERT_NE(found, std::string::npos) << part << "\n" << page;
    at = found + part.size();
  }
}

TEST(Citations, UnknownIdFailsTheBuildAtItsPlace) {
  std::map<std::string, std::string> files = kBook;
  files["chapter1.md"] += "\n未知[@rfc2350; @nope]と[@zzz]。\n";
  BuiltBook book;
  testing::build_book_from(files, book, /*lint=*/true);
  EXPECT_EQ(book.findings(),
            (std::vector<std::string>{
                "chapter1.md:11:14: error: 「@nope」は参考文献にない引用 [references]",
                "chapter1.md:11:22: error: 「@zzz」は参考文献にない引用 [references]",
            }));
  EXPECT_TRUE(has_errors(book.result.diagnostics));
}

// An @ written as a character reference (&#64;, &commat;) starts a citation as well.
TEST(Citations, AnAtWrittenAsACharacterReferenceCitesToo) {
  std::map<std::string, std::string> files = kBook;
  files["chapter1.md"] = "# 章\n\n## 節\n\n[&#64;rfc2350]と[&commat;zzz]。\n";
  BuiltBook book;
  testing::build_book_from(files, book, /*lint=*/true);
  EXPECT_EQ(book.findings(), (std::vector<std::string>{
                                 "chapter1.md:5:1: error: 「@zzz」は参考文献にない引用 [references]",
                                 "references.yml:6:7: warning: 参考文献「nist-800-61」は"
                                 "どのページからも引用されていない [references]",
                                 "references.yml:10:7: warning: 参考文献「jis-q27001」は"
                                 "どのページからも引用されていない [references]",
                             }));
}

TEST(Citations, NeverCitedIsAWarningAtTheIdInReferencesYml) {
  std::map<std::string, std::string> files = kBook;
  files["chapter1.md"] = "# 章\n\n## 節\n\n[@rfc2350][@jis-q27001]\n";
  BuiltBook book;
  testing::build_book_from(files, book, /*lint=*/true);
  EXPECT_EQ(book.findings(),
            std::vector<std::string>{
                "references.yml:6:7: warning: "
                "参考文献「nist-800-61」はどのページからも引用されていない [references]"});
  EXPECT_FALSE(has_errors(book.result.diagnostics));
}

}  // namespace
}  // namespace tebiki
