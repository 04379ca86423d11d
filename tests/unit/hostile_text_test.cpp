// Regression tests for hostile input found by fuzzing and the hostile-input suite
// (tests/hostile/): line endings, very long lines.
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "source.h"
#include "text_runs.h"

namespace tebiki {
namespace {

// Positions counted the slow way: lines end at LF, CRLF or a lone CR; the BOM is no column.
Position naive_position(const std::string& text, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset; ++i) {
    bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (text[i] == '\n' || (text[i] == '\r' && !crlf)) {
      ++p.line;
      p.column = 1;
    } else if ((text[i] & 0xC0) != 0x80 && !(i == 0 && text.starts_with("\xEF\xBB\xBF"))) {
      ++p.column;
    }
  }
  return p;
}

TEST(HostileText, PositionsInALongLineMatchACountFromTheLineStart) {
  std::string text = "\xEF\xBB\xBF# 見出し\r\n\r\n";
  for (int i = 0; i < 3000; ++i) text += i % 7 == 0 ? "a" : "サーバ";
  text += "\rb\n";
  text.resize(text.size() + (256 - text.size() % 256) % 256, 'x');  // end on a block boundary
  for (std::size_t offset = 0; offset <= text.size(); offset += offset < 600 ? 1 : 97) {
    if (offset < text.size() && (text[offset] & 0xC0) == 0x80) continue;
    Position expected = naive_position(text, offset),
             got = SourceFile("a.md", text).position(offset);
    ASSERT_EQ(got.line, expected.line) << "offset " << offset;
    ASSERT_EQ(got.column, expected.column) << "offset " << offset;
  }
  SourceFile file("a.md", text);
  Position end = naive_position(text, text.size());
  EXPECT_EQ(file.position(text.size()).column, end.column);
  EXPECT_EQ(SourceFile("e.md", "").position(0).column, 1u);
}

// Fuzzing found findings after a lone CR placed at the end of the paragraph: the soft break
// skipped to the next LF and every later character lost its offset.
TEST(HostileText, LoneCrSoftBreakKeepsLaterOffsets) {
  std::string src = "ab\rcd ＡＢ\r\nef\n";
  MarkdownDocument document = parse_markdown(src);
  std::vector<TextRun> runs = extract_text_runs(document, src);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "ab cd ＡＢ ef");
  EXPECT_EQ(runs[0].offsets[2], 2u);  // the break's space stands on the CR
  EXPECT_EQ(runs[0].offsets[3], 3u);  // c
  std::size_t wide = runs[0].text.find("ＡＢ");
  EXPECT_EQ(runs[0].source_begin(wide), src.find("ＡＢ"));
  EXPECT_TRUE(runs[0].is_verbatim(wide, wide + 6, src));
  EXPECT_EQ(runs[0].offsets[runs[0].text.find("ef")], src.find("ef"));
}

// Reading a FIFO would block for ever, a device never end; neither is opened.
// parse_markdown reads only the bytes of its string_view: each text is placed so that it
// ends where an unreadable page begins (a read past the end is a SIGSEGV).
TEST(HostileText, ParsingReadsNothingPastTheText) {
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  void* memory =
      mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(memory, MAP_FAILED);
  char* guard = static_cast<char*>(memory) + page;
  ASSERT_EQ(mprotect(guard, page, PROT_NONE), 0);
  for (std::string_view text : {"---\n---\r", "---\na: 1\n---\n", "\xEF\xBB\xBF", "# 見出し\r", "a"}) {
    char* start = guard - text.size();
    std::copy(text.begin(), text.end(), start);
    MarkdownDocument document = parse_markdown(std::string_view(start, text.size()));
    EXPECT_NE(document.root(), nullptr) << text;
  }
  munmap(memory, 2 * page);
}

TEST(HostileText, ReadSourceRefusesWhatIsNotARegularFile) {
  std::string folder = ::testing::TempDir() + "tebiki-read-" + std::to_string(::getpid());
  std::filesystem::create_directories(folder);
  std::string fifo = folder + "/pipe.md";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  SourceError error;
  EXPECT_FALSE(read_source(fifo, &error));
  EXPECT_EQ(error.to_string(), fifo + ":1:1: error: not a regular file");
  EXPECT_FALSE(read_source(folder, &error));
  EXPECT_EQ(error.message, "not a regular file");
  EXPECT_FALSE(read_source("/dev/zero", &error));
  EXPECT_EQ(error.message, "not a regular file");
  EXPECT_FALSE(read_source(folder + "/missing.md", &error));
  EXPECT_EQ(error.message, "no such file");
  std::filesystem::create_symlink("loop.md", folder + "/loop.md");  // ELOOP: the system's words
  EXPECT_FALSE(read_source(folder + "/loop.md", &error));
  EXPECT_EQ(error.message, "cannot read file: Too many levels of symbolic links");
  std::filesystem::remove_all(folder);
}

TEST(HostileText, ReadSourceRefusesAFileOverTheLimit) {
  std::string path = ::testing::TempDir() + "tebiki-large-" + std::to_string(::getpid()) + ".md";
  std::ofstream(path) << "# 大きい\n";
  std::filesystem::resize_file(path, kMaxSourceBytes + 1);  // sparse: nothing is written
  SourceError error;
  EXPECT_FALSE(read_source(path, &error));
  EXPECT_EQ(error.to_string(), path + ":1:1: error: file too large: the limit is 16 MiB");
  std::filesystem::resize_file(path, kMaxSourceBytes);
  EXPECT_FALSE(read_source(path, &error));  // at the limit it is read: the zeros are NUL bytes
  EXPECT_EQ(error.message, "NUL byte in text file");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tebiki
