// Test support: a small book written to a temporary folder and built with build_book (every
// pass, as `tebiki build` runs them), with its pages read back.
#pragma once

#include <map>
#include <string>

#include "book_fixture.h"
#include "build.h"

namespace tebiki::testing {

struct BuiltBook {
  TempFolder folder;  ///< the book's sources in src/, the site in site/
  BuildResult result;
  std::map<std::string, std::string> pages;  ///< output path → its <main> region

  /// "path:line:col: severity: message [rule]" of each finding, the path relative to src/.
  std::vector<std::string> findings() const;
};

/// Writes `files` (path → content) to src/ and builds them with the lint on or off.
void build_book_from(const std::map<std::string, std::string>& files, BuiltBook& book,
                     bool lint = false);

/// The files with `line` added to their tebiki.yml ("language: en\n").
std::map<std::string, std::string> with_config(std::map<std::string, std::string> files, const std::string& line);

/// The <main> region of a page, or the whole text when it has none.
std::string main_region(const std::string& html);

}  // namespace tebiki::testing
