#include "book_coverage.h"

#include <filesystem>
#include <set>

namespace tebiki {
namespace {

std::string canonical(const std::string& path) {
  std::error_code ec;
  std::filesystem::path full = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::path(path).lexically_normal().string() : full.string();
}

}  // namespace

bool lints_whole_book(const std::vector<std::string>& book_pages,
                      std::span<const LintedFile> files) {
  if (book_pages.empty()) return true;
  std::set<std::string> linted;
  for (const LintedFile& file : files) linted.insert(canonical(file.source->path()));
  for (const std::string& page : book_pages) {
    if (!linted.count(canonical(page))) return false;
  }
  return true;
}

}  // namespace tebiki
