// The interface every lint rule implements, and the parsed file it reads.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "markdown.h"
#include "source.h"
#include "suppression.h"
#include "text_runs.h"

namespace tebiki {

/// A source file parsed once, with its prose runs and the comments that switch rules off in
/// it; shared by every rule. The rules never need the tree: `tebiki lint` drops it once the
/// runs and comments are out of it.
struct LintedFile {
  const SourceFile* source = nullptr;
  const Suppressions* suppressions = nullptr;
  std::vector<TextRun> runs;
};

/// Reports a finding for text range [begin, end) of a run, with a fix only when the range
/// stands verbatim in the source.
Diagnostic make_diagnostic(const LintedFile& file, const TextRun& run, std::size_t begin,
                           std::size_t end, std::string rule, Severity severity,
                           std::string message, std::optional<std::string> replacement);

/// A rule kind. Rules are created by `make_rules` from the config and must be safe to call
/// from several threads at once (check_file is const and keeps no state between calls).
class Rule {
 public:
  virtual ~Rule() = default;
  virtual std::string_view id() const = 0;
  /// Findings within one file.
  virtual void check_file(const LintedFile& file, Diagnostics& out) const {
    (void)file;
    (void)out;
  }
  /// Findings that need every file linted together (e.g. spelling variants).
  virtual void check_book(std::span<const LintedFile> files, Diagnostics& out) const {
    (void)files;
    (void)out;
  }
  /// True when check_book does something: every rule that overrides it must say so. Without
  /// such a rule the linter checks each file and drops its parse before the next (streaming).
  virtual bool needs_book() const { return false; }
};

}  // namespace tebiki
