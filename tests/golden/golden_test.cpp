// Golden books: each tests/golden/<case>/src/ is built with build_book, and the <main> region
// of every produced page must equal tests/golden/<case>/expected/<page>.html (the rest of the
// page is the theme's). With TEBIKI_UPDATE_GOLDENS=1 the expected files are rewritten
// instead; review their diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "../unit/book_fixture.h"
#include "build.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;
using testing::read_file;
using testing::TempFolder;

const fs::path kGoldenDir = TEBIKI_GOLDEN_DIR;

std::vector<std::string> golden_cases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(kGoldenDir)) {
    if (fs::is_directory(entry.path() / "src")) cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

/// "<main …>…</main>\n", or the whole text when the page has no <main>.
std::string main_region(const std::string& html) {
  std::size_t begin = html.find("<main");
  std::size_t end = html.find("</main>");
  if (begin == std::string::npos || end == std::string::npos) return html;
  return html.substr(begin, end + 7 - begin) + "\n";
}

/// The <main> region of each HTML page below `folder`, by relative path.
std::map<std::string, std::string> html_pages(const fs::path& folder) {
  std::map<std::string, std::string> pages;
  if (!fs::is_directory(folder)) return pages;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    pages[fs::relative(entry.path(), folder).generic_string()] = read_file(entry.path());
  }
  return pages;
}

void rewrite_expected(const fs::path& expected, const std::map<std::string, std::string>& produced) {
  fs::remove_all(expected);
  for (const auto& [path, html] : produced) {
    fs::create_directories((expected / path).parent_path());
    std::ofstream(expected / path, std::ios::binary) << main_region(html);
  }
}

class GoldenBook : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenBook, MainRegionOfEveryPage) {
  const fs::path dir = kGoldenDir / GetParam();
  TempFolder out;
  BuildOptions options;
  options.source_dir = dir / "src";
  options.output_dir = out.path() / "site";
  options.lint = false;  // lint findings never change the pages; tests/lint covers them
  BuildResult result = build_book(options);
  for (const SourceError& error : result.errors) ADD_FAILURE() << error.to_string();
  for (const Diagnostic& d : result.diagnostics) ADD_FAILURE() << d.file << ": " << d.message << " [" << d.rule << "]";
  ASSERT_FALSE(result.failed_to_start);
  ASSERT_EQ(result.write_error, "");

  std::map<std::string, std::string> produced = html_pages(options.output_dir);
  ASSERT_FALSE(produced.empty());
  if (const char* update = std::getenv("TEBIKI_UPDATE_GOLDENS"); update && std::string(update) == "1") {
    rewrite_expected(dir / "expected", produced);
    GTEST_SKIP() << "rewrote " << (dir / "expected").string();
  }
  std::map<std::string, std::string> expected = html_pages(dir / "expected");
  for (const auto& [path, html] : produced) {
    auto it = expected.find(path);
    if (it == expected.end()) {
      ADD_FAILURE() << "no expected/" << path << " (run with TEBIKI_UPDATE_GOLDENS=1 and review)";
      continue;
    }
    EXPECT_EQ(main_region(html), it->second) << "page " << path;
  }
  for (const auto& [path, html] : expected) {
    EXPECT_TRUE(produced.count(path)) << "expected/" << path << " was not produced";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenBook, ::testing::ValuesIn(golden_cases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace tebiki
