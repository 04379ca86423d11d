#include "book_fixture.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "headings.h"
#include "load.h"
#include "transform.h"

namespace tebiki::testing {
namespace fs = std::filesystem;

TempFolder::TempFolder() {
  std::string pattern = (fs::temp_directory_path() / "tebiki-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) ADD_FAILURE() << "cannot create a temporary folder";
  path_ = pattern;
}

TempFolder::~TempFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempFolder::write(const std::string& relative, const std::string& content) const {
  fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << content;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Page& LoadedBook::page(const std::string& path) {
  for (Page& page : pages) {
    if (page.entry.path == path) return page;
  }
  ADD_FAILURE() << "no page " << path;
  return pages.front();
}

LoadedBook load_book(const fs::path& folder, bool links_warn) {
  LoadedBook book;
  book.config = load_book_config(folder, {}, &book.errors);
  if (!book.config) return book;
  book.config->links_warn |= links_warn;
  book.pages = load_pages(*book.config, &book.errors);
  if (!book.errors.empty()) return book;
  number_headings(*book.config, book.pages, book.diagnostics);
  for (Page& page : book.pages) transform_page(*book.config, page, book.diagnostics);
  resolve_cross_references(*book.config, book.pages, {}, &book.assets, book.diagnostics);
  return book;
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.rule + ": " + d.message);
  return out;
}

}  // namespace tebiki::testing
