// Runs the rules over parsed files: per file in parallel, then across the whole set.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "rule.h"
#include "source.h"

namespace tebiki {

/// The error of a file nested deeper than kMaxNesting, at `offset` (MarkdownDocument::too_deep_at):
/// no pass walks such a file, and it is bad input.
SourceError too_deep(const SourceFile& file, std::size_t offset);

class Linter {
 public:
  /// Builds the rules of the config; problems loading them go to *errors (exit 2 at the edge).
  Linter(const LintConfig& config, std::vector<SourceError>* errors);

  /// Parses each file once, extracts its runs and checks it. Suppression comments apply.
  /// Each file's tree is dropped once its runs and comments are out; unless a rule needs the
  /// whole book, its runs go too once it is checked: only the findings are kept. Sorted by
  /// file, then position. A file nested deeper than kMaxNesting is not checked: its error
  /// goes to *refused, in file order (bad input: exit 2 at the edge); without `refused` it is
  /// only left out.
  Diagnostics lint(std::span<const SourceFile> files, std::vector<SourceError>* refused = nullptr) const;
  /// Checks files already parsed by the caller (the build reuses its parse).
  Diagnostics lint_parsed(std::span<const LintedFile> files) const;

  bool empty() const { return rules_.empty(); }
  /// Whether an enabled rule checks the files together (Rule::needs_book).
  bool needs_book() const;

 private:
  Diagnostics check_alone(const SourceFile& file, std::optional<SourceError>& refusal) const;
  Diagnostics lint_streaming(std::span<const SourceFile> files, std::vector<SourceError>* refused) const;
  Diagnostics lint_whole_book(std::span<const SourceFile> files, std::vector<SourceError>* refused) const;

  const LintConfig& config_;
  std::vector<std::unique_ptr<Rule>> rules_;
};

/// Runs `work(i)` for i in [0, count) on all cores; each index runs exactly once.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work);
/// parallel_for taking the items by decreasing `size(i)`: a large item started last would run
/// alone on one core while the others wait.
void parallel_for_largest_first(std::size_t count, const std::function<std::size_t(std::size_t)>& size,
                                const std::function<void(std::size_t)>& work);

}  // namespace tebiki
