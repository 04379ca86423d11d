// Pass 8 (write_site): the site is swapped in whole, only over a folder tebiki wrote.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "book_fixture.h"
#include "write.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;
using testing::read_file;
using testing::TempFolder;

/// Every entry of a folder (recursively), as relative paths, sorted.
std::vector<std::string> listing(const fs::path& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    out.push_back(fs::relative(entry.path(), folder).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CheckOutputFolder, AcceptsMissingEmptyOrOwnFolders) {
  TempFolder folder;
  EXPECT_EQ(check_output_folder(folder.path() / "site"), std::nullopt);
  fs::create_directory(folder.path() / "empty");
  EXPECT_EQ(check_output_folder(folder.path() / "empty"), std::nullopt);
  folder.write("own/.tebiki-site", "");
  folder.write("own/index.html", "old");
  EXPECT_EQ(check_output_folder(folder.path() / "own"), std::nullopt);
}

TEST(CheckOutputFolder, RefusesOtherFolders) {
  TempFolder folder;
  folder.write("docs/notes.txt", "keep me");
  std::string docs = (folder.path() / "docs").string();
  EXPECT_EQ(check_output_folder(docs),
            docs + " is not empty and was not written by tebiki (no .tebiki-site inside); refusing to replace it");
  folder.write("file", "x");
  std::string file = (folder.path() / "file").string();
  EXPECT_EQ(check_output_folder(file), file + " exists and is not a folder");
}

TEST(WriteSite, WritesFilesAndTheMarker) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  ASSERT_EQ(write_site(out, {{"index.html", "<p>1</p>"}, {"guide/a.html", "a"}}), std::nullopt);
  EXPECT_EQ(listing(out), (std::vector<std::string>{".tebiki-site", "guide", "guide/a.html", "index.html"}));
  EXPECT_EQ(read_file(out / "index.html"), "<p>1</p>");
  EXPECT_EQ(listing(folder.path()), (std::vector<std::string>{"site", "site/.tebiki-site", "site/guide",
                                                              "site/guide/a.html", "site/index.html"}));
}

TEST(WriteSite, ReplacesThePreviousSiteWhole) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  ASSERT_EQ(write_site(out, {{"index.html", "old"}, {"gone.html", "old"}}), std::nullopt);
  ASSERT_EQ(write_site(out, {{"index.html", "new"}}), std::nullopt);
  EXPECT_EQ(listing(out), (std::vector<std::string>{".tebiki-site", "index.html"}));
  EXPECT_EQ(read_file(out / "index.html"), "new");
  EXPECT_EQ(listing(folder.path()).size(), 3u) << "a temporary folder was left beside the site";
}

std::uintmax_t links_of(const fs::path& path) { return fs::hard_link_count(path); }

TEST(WriteSite, AnUnchangedFileIsTheSameFileAgainAndAChangedOneANewFile) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  ASSERT_EQ(write_site(out, {{"same.html", "same"}, {"changed.html", "old"}, {"part/b.html", "b"}}), std::nullopt);
  fs::create_hard_link(out / "same.html", folder.path() / "same-seen");
  fs::create_hard_link(out / "changed.html", folder.path() / "changed-seen");
  ASSERT_EQ(write_site(out, {{"same.html", "same"}, {"changed.html", "new"}, {"part/b.html", "b"}}), std::nullopt);
  EXPECT_EQ(read_file(out / "changed.html"), "new");
  EXPECT_EQ(read_file(folder.path() / "changed-seen"), "old") << "the previous site's file was written into";
  EXPECT_EQ(links_of(folder.path() / "changed-seen"), 1u);
  EXPECT_TRUE(fs::equivalent(out / "same.html", folder.path() / "same-seen"));
  EXPECT_EQ(links_of(out / "same.html"), 2u) << "the previous site's name is gone";
  EXPECT_EQ(read_file(out / "part/b.html"), "b");
}

TEST(WriteSite, AFileBehindASymbolicLinkInThePreviousSiteIsNotReused) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  folder.write("elsewhere/a.html", "a");
  folder.write("elsewhere/b.html", "b");
  ASSERT_EQ(write_site(out, {{"index.html", "i"}}), std::nullopt);
  fs::create_directory_symlink(folder.path() / "elsewhere", out / "part");
  fs::create_symlink(folder.path() / "elsewhere/b.html", out / "b.html");
  ASSERT_EQ(write_site(out, {{"index.html", "i"}, {"part/a.html", "a"}, {"b.html", "b"}}), std::nullopt);
  EXPECT_FALSE(fs::equivalent(out / "part/a.html", folder.path() / "elsewhere/a.html"));
  EXPECT_FALSE(fs::is_symlink(out / "b.html"));
  EXPECT_EQ(links_of(folder.path() / "elsewhere/a.html"), 1u);
  EXPECT_EQ(read_file(out / "part/a.html"), "a");
}

TEST(WriteSite, UsesAnEmptyFolderThatExists) {
  TempFolder folder;
  fs::create_directory(folder.path() / "site");
  ASSERT_EQ(write_site(folder.path() / "site", {{"index.html", "x"}}), std::nullopt);
  EXPECT_EQ(listing(folder.path() / "site"), (std::vector<std::string>{".tebiki-site", "index.html"}));
}

TEST(WriteSite, NeverTouchesAFolderItDidNotWrite) {
  TempFolder folder;
  folder.write("docs/notes.txt", "keep me");
  auto error = write_site(folder.path() / "docs", {{"index.html", "x"}});
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("refusing to replace it"), std::string::npos) << *error;
  EXPECT_EQ(listing(folder.path()), (std::vector<std::string>{"docs", "docs/notes.txt"}));
  EXPECT_EQ(read_file(folder.path() / "docs/notes.txt"), "keep me");
}

TEST(WriteSite, AFailedWriteLeavesThePreviousSite) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  ASSERT_EQ(write_site(out, {{"index.html", "old"}}), std::nullopt);
  // "index.html/x" cannot be written next to a file "index.html".
  auto error = write_site(out, {{"index.html", "new"}, {"index.html/x", "y"}});
  ASSERT_TRUE(error);
  EXPECT_EQ(listing(folder.path()), (std::vector<std::string>{"site", "site/.tebiki-site", "site/index.html"}));
  EXPECT_EQ(read_file(out / "index.html"), "old");
}

TEST(WriteSite, OfSeveralFailedWritesTheFirstInPathOrderIsReported) {
  TempFolder folder;
  fs::path out = folder.path() / "site";
  // A file whose name is also a folder of the site cannot be written: a.html and b.html fail.
  for (int run = 0; run < 20; ++run) {
    auto error = write_site(out, {{"a.html", "1"}, {"a.html/x", "2"}, {"b.html", "3"}, {"b.html/y", "4"}});
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->ends_with("/a.html")) << *error;
    EXPECT_EQ(listing(folder.path()), std::vector<std::string>{});  // no site, no staging folder
  }
}

}  // namespace
}  // namespace tebiki
