// tebiki serve: the request paths it accepts, the JSON it embeds, and the incremental
// rebuild, which must give byte for byte the site that a build from scratch gives.
#include <gtest/gtest.h>

#include "source_watch.h"

#include "book_fixture.h"
#include "build.h"
#include "build_cache.h"
#include "checksheet_page.h"
#include "serve_http.h"

namespace tebiki {
namespace {

using testing::TempFolder;

// The files editors write beside the one they save are no change of the book.
TEST(EditorScratch, TemporaryFilesOfEditorsAndSed) {
  for (const char* name : {".chapter1.md.swp", "chapter1.md~", "4913", ".#chapter1.md", "sedJ0LzG5", "x.tmp"}) {
    EXPECT_TRUE(is_editor_scratch(name)) << name;
  }
  for (const char* name : {"chapter1.md", "sed.md", "sedimentary", "sed-1.png", "glossary.yml"}) {
    EXPECT_FALSE(is_editor_scratch(name)) << name;
  }
}

TEST(SitePathFor, MapsFoldersToTheirIndex) {
  EXPECT_EQ(site_path_for("/"), "index.html");
  EXPECT_EQ(site_path_for("/chapter1.html"), "chapter1.html");
  EXPECT_EQ(site_path_for("/gen/"), "gen/index.html");
  EXPECT_EQ(site_path_for("//assets/./tebiki.css"), "assets/tebiki.css");
  EXPECT_EQ(site_path_for("/第1章.html"), "第1章.html");
}

TEST(SitePathFor, RefusesPathsThatClimbOut) {
  EXPECT_EQ(site_path_for("/../etc/passwd"), std::nullopt);
  EXPECT_EQ(site_path_for("/assets/../../etc/passwd"), std::nullopt);
  EXPECT_EQ(site_path_for("/assets/.."), std::nullopt);
  EXPECT_EQ(site_path_for("/..\\etc\\passwd"), std::nullopt);
  EXPECT_EQ(site_path_for(std::string_view("/a\0b", 4)), std::nullopt);
  EXPECT_EQ(site_path_for("/..."), "...");  // a name, not a step up
}

TEST(WithLiveReload, AddsTheScriptBeforeTheBodyEnds) {
  EXPECT_EQ(with_live_reload("<body><p>x</p></body></html>"),
            "<body><p>x</p><script src=\"/__tebiki/live-reload.js\"></script>\n</body></html>");
}

TEST(ScriptSafeJson, NothingCanCloseTheScriptElement) {
  EXPECT_EQ(script_safe_json(R"({"q":"</script><!-- & "})"),
            R"({"q":"\u003c/script\u003e\u003c!-- \u0026 "})");
}

const std::map<std::string, std::string> kBook = {
    {"tebiki.yml", "title: 試験の本\nchapters:\n  - chapter1.md\n  - chapter2.md\n  - chapter3.md\n"
                   "appendices:\n  - glossary.md\nglossary: glossary.yml\n"},
    {"glossary.yml", "- term: SOC\n  reading: ソック\n  description: 監視の拠点。[](chapter2.md#体制)を参照。\n"},
    {"glossary.md", "# 用語説明\n"},
    {"chapter1.md", "---\ntitle: はじめに\n---\n# はじめに\n\n## 目的 {#purpose}\n\nSOCの[](chapter2.md#体制)を見る。\n"},
    {"chapter2.md", "# 体制の章\n\n## 体制\n\nSOCは監視する。`code` *強調*の[](chapter1.md#purpose)。\n\n### 細目\n\n本文。\n"},
    {"chapter3.md", "# 終わりに\n\n## まとめ\n\nSOCで終わる。\n"},
};

class IncrementalBuild : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& [path, text] : kBook) folder_.write("src/" + path, text);
    options_.source_dir = folder_.path() / "src";
    options_.output_dir.clear();
    options_.write = false;
    options_.lint = false;
    options_.cache = &cache_;
    ASSERT_FALSE(build(options_).failed_to_start);
    cache_.changed.clear();
  }

  static BuildResult build(const BuildOptions& options) { return build_book(options); }

  /// The site a build from scratch makes of the sources as they are now.
  SiteFiles fresh_site() const {
    BuildCache fresh;
    BuildOptions options = options_;
    options.cache = &fresh;
    build(options);
    return fresh.files;
  }

  TempFolder folder_;
  BuildCache cache_;
  BuildOptions options_;
};

TEST_F(IncrementalBuild, AnEditedPageComesOutFirstAsTheFullBuildMakesIt) {
  folder_.write("src/chapter2.md", kBook.at("chapter2.md") + "\n追記した段落。\n");
  BuildOptions quick = options_;
  quick.only_pages = {"chapter2.md"};
  BuildResult result = build(quick);
  EXPECT_FALSE(has_errors(result.diagnostics));
  EXPECT_EQ(cache_.changed, (std::set<std::string>{"chapter2.html"}));
  SiteFiles fresh = fresh_site();
  EXPECT_EQ(cache_.files["chapter2.html"], fresh["chapter2.html"]);

  cache_.changed.clear();
  build(options_);
  EXPECT_EQ(cache_.changed, (std::set<std::string>{"print.html", "search-index.js", "search-text/0.js"}));
  EXPECT_EQ(cache_.files, fresh);
}

TEST_F(IncrementalBuild, AHeadingChangeLaysOutEveryPage) {
  folder_.write("src/chapter2.md", "# 体制の章\n\n## 新しい体制 {#体制}\n\nSOCは監視する。[](chapter1.md#purpose)\n");
  BuildOptions quick = options_;
  quick.only_pages = {"chapter2.md"};
  build(quick);
  EXPECT_TRUE(cache_.changed.empty()) << "another layout key: nothing comes out early";
  build(options_);
  EXPECT_TRUE(cache_.changed.count("chapter1.html")) << "its empty-text link shows the heading";
  EXPECT_TRUE(cache_.changed.count("glossary-tips.js")) << "SOC's tip shows the heading";
  EXPECT_FALSE(cache_.changed.count("chapter3.html")) << "its SOC link carries no tip of its own";
  EXPECT_EQ(cache_.files, fresh_site());
}

TEST_F(IncrementalBuild, ATitleChangeRewritesTheContentsScriptNotEveryPage) {
  folder_.write("src/chapter3.md", "# 結びの章\n\n## まとめ\n\nSOCで終わる。\n");
  BuildOptions quick = options_;
  quick.only_pages = {"chapter3.md"};
  build(quick);
  EXPECT_EQ(cache_.changed, (std::set<std::string>{"chapter3.html", "toc.js"})) << "nobody shows its title";
  EXPECT_NE(cache_.files["toc.js"].find("[\"chapter3.html\",\"第3章 結びの章\"]"), std::string::npos);

  cache_.changed.clear();
  std::string chapter1 = cache_.pages["chapter1.html"].layout_key;
  build(options_);
  EXPECT_FALSE(cache_.changed.count("chapter1.html")) << "neither its neighbour nor showing the title";
  EXPECT_TRUE(cache_.changed.count("chapter2.html")) << "its pager names the next page";
  EXPECT_FALSE(cache_.changed.count("toc.js")) << "already published by the quick pass";
  EXPECT_EQ(cache_.pages["chapter1.html"].layout_key, chapter1);
  EXPECT_EQ(cache_.files, fresh_site());
}

TEST_F(IncrementalBuild, TheGlossaryPageWaitsForTheFullBuild) {
  folder_.write("src/glossary.md", "# 用語説明\n\n読みの順。\n");
  BuildOptions quick = options_;
  quick.only_pages = {"glossary.md"};
  build(quick);
  EXPECT_TRUE(cache_.changed.empty()) << "its back-links need every page";
  build(options_);
  EXPECT_EQ(cache_.files, fresh_site());
}

TEST_F(IncrementalBuild, ADataChangeNeedsTheCacheInvalidated) {
  std::string glossary = "- term: SOC\n  reading: ソック\n  description: 新しい説明。\n";
  folder_.write("src/glossary.yml", glossary);
  cache_.invalidate();
  build(options_);
  EXPECT_EQ(cache_.files, fresh_site());
  EXPECT_TRUE(cache_.changed.count("glossary.html") && cache_.changed.count("glossary-tips.js"));
  EXPECT_FALSE(cache_.changed.count("chapter1.html")) << "a description is not repeated in the pages";
}

// A chapter renamed in tebiki.yml: its old page is no longer served (nor written by -o).
TEST_F(IncrementalBuild, ARenamedChapterLeavesNoPageBehind) {
  folder_.write("src/chapter3b.md", kBook.at("chapter3.md"));
  std::string config = kBook.at("tebiki.yml");
  config.replace(config.find("chapter3.md"), 11, "chapter3b.md");
  folder_.write("src/tebiki.yml", config);
  cache_.invalidate();
  build(options_);
  EXPECT_FALSE(cache_.files.count("chapter3.html"));
  EXPECT_TRUE(cache_.changed.count("chapter3.html")) << "announced, so that the live site drops it";
  EXPECT_FALSE(cache_.pages.count("chapter3.html"));
  EXPECT_EQ(cache_.files, fresh_site());
}

// A build that changes nothing keeps every file, those it did not lay out again included.
TEST_F(IncrementalBuild, ABuildThatChangesNothingKeepsEveryFile) {
  SiteFiles before = cache_.files;
  build(options_);
  EXPECT_TRUE(cache_.changed.empty());
  EXPECT_EQ(cache_.files, before);
  folder_.write("src/chapter1.md", kBook.at("chapter1.md") + "\n段落。\n");
  build(options_);
  EXPECT_EQ(cache_.files, fresh_site());
}

TEST(StandInSource, KeepsFrontMatterTitlesAndIds) {
  TempFolder folder;
  for (const auto& [path, text] : kBook) folder.write(path, text);
  BuildCache cache;
  BuildOptions options;
  options.source_dir = folder.path();
  options.output_dir.clear();
  options.write = false;
  options.lint = false;
  options.cache = &cache;
  build_book(options);
  EXPECT_EQ(cache.stand_ins["chapter1.md"], "---\ntitle: はじめに\n---\n\n# はじめに {#はじめに}\n\n## 目的 {#purpose}\n");
  EXPECT_EQ(cache.stand_ins["chapter2.md"], "\n# 体制の章 {#体制の章}\n\n## 体制 {#体制}\n\n### 細目 {#細目}\n");
}

}  // namespace
}  // namespace tebiki
