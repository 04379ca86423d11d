// Test support for the generator: a temporary folder of files, and a book loaded from it and
// taken through the tree passes of `tebiki build` (headings, transform, cross-references).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "book_config.h"
#include "diagnostic.h"
#include "page.h"
#include "source.h"
#include "xrefs.h"

namespace tebiki::testing {

/// A fresh folder under the system temporary folder, removed with everything in it.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes a file (folders created as needed), bytes as given.
  void write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

/// Reads a whole file; empty when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// A book after load_book_config, load_pages, number_headings, transform_page and
/// resolve_cross_references (as far as the earlier steps succeeded).
struct LoadedBook {
  std::optional<BookConfig> config;
  std::vector<SourceError> errors;
  std::vector<Page> pages;
  Diagnostics diagnostics;
  LinkedAssets assets;

  /// The page whose source path (relative to the book) is `path`; fails the test when absent.
  Page& page(const std::string& path);
};

/// Loads the book in `folder`; `links_warn` as if `--links warn` were given.
LoadedBook load_book(const std::filesystem::path& folder, bool links_warn = false);

/// The messages of the diagnostics, "rule: message" each, for readable assertions.
std::vector<std::string> messages(const Diagnostics& diagnostics);

}  // namespace tebiki::testing
