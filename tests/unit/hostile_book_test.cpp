// Regression tests for hostile books (tests/hostile/ has the end-to-end cases): pages that
// lead outside the book, a page that disappears while the book loads, the staging folders
// of a killed build.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "book_fixture.h"
#include "load.h"
#include "write.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;
using testing::TempFolder;

std::vector<std::string> texts(const std::vector<SourceError>& errors) {
  std::vector<std::string> out;
  for (const SourceError& error : errors) out.push_back(error.to_string());
  return out;
}

TEST(HostileBook, SymlinkedChapterOutsideTheBookIsRefused) {
  TempFolder book, elsewhere;
  book.write("tebiki.yml", "title: 本\nchapters: [a.md, b.md]\n");
  book.write("a.md", "# A\n");
  elsewhere.write("secret.md", "# 秘密\n");
  fs::create_symlink(elsewhere.path() / "secret.md", book.path() / "b.md");
  testing::LoadedBook loaded = testing::load_book(book.path());
  ASSERT_EQ(loaded.errors.size(), 1u);
  std::string b = (book.path() / "b.md").string();
  EXPECT_EQ(loaded.errors[0].to_string(),
            b + ":1:1: error: page leads outside the book (to " +
                fs::canonical(elsewhere.path() / "secret.md").string() +
                "); a page must be a file inside " + book.path().string());
}

TEST(HostileBook, SymlinkInsideTheBookIsAPage) {
  TempFolder book;
  book.write("tebiki.yml", "title: 本\nchapters: [a.md, b.md]\n");
  book.write("a.md", "# A\n");
  book.write("drafts/b.md", "# B\n");
  fs::create_symlink(book.path() / "drafts" / "b.md", book.path() / "b.md");
  testing::LoadedBook loaded = testing::load_book(book.path());
  EXPECT_TRUE(loaded.errors.empty()) << ::testing::PrintToString(texts(loaded.errors));
}

TEST(HostileBook, PageListedAboveTheBookIsRefused) {
  TempFolder root;
  root.write("book/tebiki.yml", "title: 本\nchapters: [../outside.md]\n");
  root.write("outside.md", "# 外\n");
  testing::LoadedBook loaded = testing::load_book(root.path() / "book");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_NE(loaded.errors[0].message.find("page leads outside the book"), std::string::npos);
}

// The config was read and the page was there; then it went (an editor saving by rename).
TEST(HostileBook, PageThatDisappearsWhileLoadingIsALocatedError) {
  TempFolder book;
  book.write("tebiki.yml", "title: 本\nchapters: [a.md, b.md]\n");
  book.write("a.md", "# A\n");
  book.write("b.md", "# B\n");
  std::vector<SourceError> errors;
  auto config = load_book_config(book.path(), {}, &errors);
  ASSERT_TRUE(config);
  fs::remove(book.path() / "b.md");
  load_pages(*config, &errors);
  EXPECT_EQ(texts(errors), std::vector<std::string>{(book.path() / "b.md").string() +
                                                    ":1:1: error: no such file"});
}

long ended_process() {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

// A build killed while filling (or emptying) its staging folder leaves it beside the site.
TEST(HostileBook, StagingFoldersOfEndedBuildsAreRemoved) {
  TempFolder folder;
  std::string dead = ".site.tebiki-new-" + std::to_string(ended_process());
  std::string empty = ".site.tebiki-new-" + std::to_string(ended_process());
  std::string other_site = ".docs.tebiki-new-" + std::to_string(ended_process());
  folder.write(dead + "/.tebiki-site", "");
  folder.write(dead + "/index.html", "partial");
  fs::create_directory(folder.path() / empty);
  folder.write(dead + "-x/.tebiki-site", "");         // not a staging name: kept
  folder.write(".site.tebiki-new-1/index.html", "");  // pid 1 runs: kept
  folder.write(other_site + "/.tebiki-site", "");     // another site's: kept
  ASSERT_EQ(write_site(folder.path() / "site", {{"index.html", "x"}}), std::nullopt);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(folder.path()))
    left.push_back(entry.path().filename());
  std::vector<std::string> kept = {dead + "-x", ".site.tebiki-new-1", other_site, "site"};
  std::sort(left.begin(), left.end());
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(left, kept);
}

}  // namespace
}  // namespace tebiki
