// The linter's two ways of running: file by file (streaming, when no rule needs the whole
// book) and whole book. Both must give the same findings; book-level rules must see every file.
#include "linter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

namespace tebiki {
namespace {

std::vector<SourceFile> sample_files() {
  return {
      SourceFile("b.md",
                 "# サーバー\n\nＮＷのユーザーとサーバー。\n\n"
                 "<!-- tebiki-disable-next-line long-vowel -->\nここのサーバーは黙る。\n"),
      SourceFile("a.md",
                 "\xEF\xBB\xBF---\ntitle: x\n---\nコンピューターの `code` とプリンター。\r\n"
                 "<!-- tebiki-disable -->\nＡＢＣもユーザーも黙る。\n"),
      SourceFile("c.md", "| 表 | ＸＹ |\n|---|---|\n| メモリー | ふつう |\n"),
      SourceFile("empty.md", ""),
  };
}

/// The whole-book way: every file parsed and kept, then lint_parsed.
Diagnostics lint_as_book(const Linter& linter, const std::vector<SourceFile>& files) {
  std::vector<std::optional<Suppressions>> suppressions(files.size());
  std::vector<LintedFile> linted(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    MarkdownDocument parsed = parse_markdown(files[i].text());  // dropped at once, as lint does
    suppressions[i].emplace(parsed, files[i]);
    linted[i] = LintedFile{&files[i], &*suppressions[i], extract_text_runs(parsed, files[i].text())};
  }
  return linter.lint_parsed(linted);
}

std::vector<std::string> described(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) {
    lines.push_back(d.file + ":" + std::to_string(d.begin) + "-" + std::to_string(d.end) + " " +
                    d.rule + " " + d.message + (d.replacement ? " → " + *d.replacement : ""));
  }
  return lines;
}

LintConfig only(std::set<std::string> rules) {
  LintConfig config;
  config.only_rules = std::move(rules);
  return config;
}

TEST(Linter, StreamingWhenNoRuleNeedsTheBook) {
  std::vector<SourceError> errors;
  LintConfig config = only({"long-vowel", "width"});
  EXPECT_FALSE(Linter(config, &errors).needs_book());
  for (const char* book_rule : {"variants", "punctuation"}) {
    LintConfig with_book = only({"width", book_rule});
    EXPECT_TRUE(Linter(with_book, &errors).needs_book()) << book_rule;
  }
  LintConfig glossary = only({"glossary", "references"});
  glossary.glossary_loaded = glossary.references_loaded = true;
  EXPECT_TRUE(Linter(glossary, &errors).needs_book());
  EXPECT_TRUE(errors.empty());
}

TEST(Linter, StreamingGivesTheFindingsOfTheWholeBook) {
  std::filesystem::path dictionary =
      std::filesystem::temp_directory_path() / "tebiki-linter-test.yml";
  std::ofstream(dictionary) << "rules:\n  - {expected: プリンタ, pattern: プリンター}\n"
                               "  - {expected: メモリ, pattern: /メモリー/}\n";
  LintConfig config = only({"terms", "long-vowel", "width"});
  config.dictionaries = {dictionary.string()};
  std::vector<SourceError> errors;
  Linter linter(config, &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_FALSE(linter.needs_book());
  std::vector<SourceFile> files = sample_files();  // not in path order: sorted at the end
  Diagnostics streamed = linter.lint(files);
  EXPECT_EQ(described(streamed), described(lint_as_book(linter, files)));
  std::vector<SourceFile> in_order = sample_files();  // in path order: sorted file by file
  std::sort(in_order.begin(), in_order.end(), [](auto& x, auto& y) { return x.path() < y.path(); });
  EXPECT_EQ(described(linter.lint(in_order)), described(streamed));
  EXPECT_GE(streamed.size(), 6u);  // the test means something: findings in a, b and c
  EXPECT_TRUE(std::is_sorted(streamed.begin(), streamed.end(), [](const auto& x, const auto& y) {
    return std::tie(x.file, x.begin) < std::tie(y.file, y.begin);
  }));
}

TEST(Linter, BookRulesSeeEveryFile) {
  // One spelling in each file: only the book as a whole mixes them.
  std::vector<SourceFile> files = {
      SourceFile("one.md", "ウィルスを検知する。\n"),
      SourceFile("two.md", "ウイルスとウイルスを検知する。\n"),
  };
  std::vector<SourceError> errors;
  LintConfig config = only({"variants"});
  Diagnostics found = Linter(config, &errors).lint(files);
  ASSERT_EQ(found.size(), 1u) << testing::PrintToString(described(found));
  EXPECT_EQ(found[0].file, "one.md");
  EXPECT_EQ(found[0].rule, "variants");
}

// kMaxNesting levels are walked; one more is refused where it starts, by both ways of running,
// and the other files are still linted.
TEST(Linter, NestingPastTheLimitIsRefusedWhereItStarts) {
  EXPECT_NE(std::string(kTooDeepMessage).find("100,000"), std::string::npos);
  EXPECT_EQ(kMaxNesting, 100'000u);  // the message says it
  // Below the document: the quotes, a paragraph, its text.
  std::string deepest = std::string(kMaxNesting - 2, '>') + "x\n";
  std::string deeper = std::string(kMaxNesting - 1, '>') + "x\n";
  EXPECT_FALSE(parse_markdown(deepest).too_deep_at());
  EXPECT_EQ(parse_markdown(deeper).too_deep_at(), kMaxNesting - 1);  // the text "x"
  std::vector<SourceFile> files = {SourceFile("deep.md", deeper), SourceFile("other.md", "ウィルスとウイルス。\n")};
  std::vector<SourceError> errors;
  for (const char* rule : {"long-vowel", "variants"}) {  // streaming, then whole book
    std::vector<SourceError> refused;
    Diagnostics found = Linter(only({rule}), &errors).lint(files, &refused);
    ASSERT_EQ(refused.size(), 1u) << rule;
    EXPECT_EQ(refused[0].to_string(), "deep.md:1:100000: error: " + std::string(kTooDeepMessage));
    EXPECT_TRUE(std::none_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.file == "deep.md"; }));
    EXPECT_EQ(found.size(), std::string(rule) == "variants" ? 1u : 0u) << testing::PrintToString(described(found));
  }
}

}  // namespace
}  // namespace tebiki
