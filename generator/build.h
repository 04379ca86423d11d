// `tebiki build`: the list of passes from tebiki.yml to site/.
#pragma once

#include <filesystem>
#include <string>

#include "diagnostic.h"
#include "source.h"

namespace tebiki {

struct BuildOptions {
  std::filesystem::path source_dir = "content";
  std::filesystem::path output_dir = "site";
  std::filesystem::path config_file;      ///< empty: SRC/tebiki.yml
  std::string links;                      ///< "", "error" or "warn": overrides the config
  bool lint = true;                       ///< report lint findings (as warnings) during the build
};

struct BuildResult {
  bool failed_to_start = false;           ///< bad input: exit 2
  std::vector<SourceError> errors;        ///< located problems of bad input
  Diagnostics diagnostics;                ///< findings: errors fail the build (exit 1)
  std::string write_error;                ///< the site could not be written (exit 1… or 2)
  std::size_t pages = 0;
  std::size_t files = 0;
};

BuildResult build_book(const BuildOptions& options);

}  // namespace tebiki
