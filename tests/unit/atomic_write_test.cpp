#include "atomic_write.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tebiki {
namespace {
namespace fs = std::filesystem;

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    folder = fs::temp_directory_path() /
             ("tebiki-atomic-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder);
    fs::create_directories(folder);
  }
  void TearDown() override { fs::remove_all(folder); }

  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), {}));
  }

  fs::path folder;
};

TEST_F(AtomicWrite, CreatesANewFile) {
  std::string error;
  ASSERT_TRUE(write_file_atomically(folder / "new.md", "本文\n", &error)) << error;
  EXPECT_EQ(read(folder / "new.md"), "本文\n");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicWrite, ReplacesKeepingPermissionsAndLeavesNoTemporaryFile) {
  fs::path path = folder / "a.md";
  std::ofstream(path) << "old\n";
  fs::permissions(path, fs::perms(0640));
  std::string error;
  ASSERT_TRUE(write_file_atomically(path, std::string("\xEF\xBB\xBFnew\r\n"), &error)) << error;
  EXPECT_EQ(read(path), "\xEF\xBB\xBFnew\r\n");
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::all, fs::perms(0640));
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicWrite, FollowsASymbolicLink) {
  std::ofstream(folder / "target.md") << "old\n";
  fs::create_symlink("target.md", folder / "link.md");
  std::string error;
  ASSERT_TRUE(write_file_atomically(folder / "link.md", "new\n", &error)) << error;
  EXPECT_TRUE(fs::is_symlink(folder / "link.md"));
  EXPECT_EQ(read(folder / "target.md"), "new\n");
  EXPECT_EQ(entries(), 2u);
}

TEST_F(AtomicWrite, FailureNamesThePathAndLeavesNothingBehind) {
  std::string error;
  EXPECT_FALSE(write_file_atomically(folder / "missing" / "a.md", "x", &error));
  EXPECT_NE(error.find("missing/a.md"), std::string::npos) << error;
  EXPECT_EQ(entries(), 0u);
}

// Before, `tebiki lint --output /dev/full` (or /dev/null, or a link to one) replaced the device
// with a regular file. A FIFO stands in for the device here: replacing it is harmless.
TEST_F(AtomicWrite, WritesIntoAFifoInsteadOfReplacingIt) {
  fs::path fifo = folder / "report";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  fs::create_symlink("report", folder / "link");
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // lets the writer open it at once
  ASSERT_GE(reader, 0);
  std::string error;
  EXPECT_TRUE(write_file_atomically(folder / "link", "結果\n", &error)) << error;
  char buffer[64] = {};
  ssize_t got = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, got > 0 ? static_cast<std::size_t>(got) : 0), "結果\n");
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
  EXPECT_TRUE(fs::is_symlink(folder / "link"));
  EXPECT_EQ(entries(), 2u);
}

TEST_F(AtomicWrite, RenameFailureRemovesTheTemporaryFile) {
  fs::create_directories(folder / "a.md" / "child");  // a folder cannot be replaced by a file
  std::string error;
  EXPECT_FALSE(write_file_atomically(folder / "a.md", "x", &error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(entries(), 1u);
  EXPECT_TRUE(fs::is_directory(folder / "a.md"));
}

}  // namespace
}  // namespace tebiki
