// `tebiki build`: the list of passes from tebiki.yml to site/.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "source.h"

namespace tebiki {

struct BuildCache;

struct BuildOptions {
  std::filesystem::path source_dir = "content";
  std::filesystem::path output_dir = "site";
  std::filesystem::path config_file;      ///< empty: SRC/tebiki.yml
  std::string links;                      ///< "", "error" or "warn": overrides the config
  bool lint = true;                       ///< report lint findings (as warnings) during the build
  bool write = true;                      ///< write output_dir (serve keeps the site in memory)
  BuildCache* cache = nullptr;            ///< serve: reuse the previous build (build_cache.h)
  /// serve's quick pass (needs the cache): lay out just these pages, with the others read
  /// from the cache's stand-ins; no lint, print.html, search index or writing.
  std::set<std::string> only_pages;       ///< source paths, as in the config
};

struct BuildResult {
  bool failed_to_start = false;           ///< bad input: exit 2
  std::vector<SourceError> errors;        ///< located problems of bad input
  Diagnostics diagnostics;                ///< findings: errors fail the build (exit 1)
  std::string write_error;                ///< the site could not be written (exit 1… or 2)
  std::size_t pages = 0;
  std::size_t files = 0;
  /// The time each pass took, in the order they ran (`tebiki build --timings`).
  struct PassTime {
    std::string pass;
    double wall = 0;  ///< seconds
    double cpu = 0;   ///< seconds of CPU time of all threads (user + system)
    double peak_mb = 0;  ///< the process's peak resident memory at the pass's end, in MiB
  };
  std::vector<PassTime> timings;
};

BuildResult build_book(const BuildOptions& options);

}  // namespace tebiki
