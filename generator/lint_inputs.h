// What `tebiki lint` checks: the files named on the command line (or the book in content/),
// grouped by the tebiki.yml that applies to them.
#pragma once

#include <string>
#include <vector>

#include "config.h"
#include "source.h"

namespace tebiki {

struct LintRequest {
  std::vector<std::string> paths;  ///< files and folders; empty means the book in content/
  std::string config_file;         ///< `--config`; empty means the tebiki.yml found near the files
};

/// Files linted together under one configuration (one book, or a folder of Markdown).
struct LintGroup {
  LintConfig config;
  std::vector<std::string> files;  ///< paths as shown in messages, each file once
};

/// Without paths: the pages of content/tebiki.yml (every .md of content/ when it has none), or
/// of the book that `--config` describes. A folder stands for its .md files, recursively; a
/// file for itself. Each path takes `--config`, or else the first tebiki.yml found in its
/// folder and the folders above it up to the current one, or else the defaults. A missing
/// path or an invalid configuration is appended to *errors.
std::vector<LintGroup> gather_lint_groups(const LintRequest& request,
                                          std::vector<SourceError>* errors);

}  // namespace tebiki
