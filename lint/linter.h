// Runs the rules over parsed files: per file in parallel, then across the whole set.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "rule.h"
#include "source.h"

namespace tebiki {

class Linter {
 public:
  /// Builds the rules of the config; problems loading them go to *errors (exit 2 at the edge).
  Linter(const LintConfig& config, std::vector<SourceError>* errors);

  /// Parses each file once, extracts its runs and checks it. Suppression comments apply.
  Diagnostics lint(std::span<const SourceFile> files) const;
  /// Checks files already parsed by the caller (the build reuses its parse).
  Diagnostics lint_parsed(std::span<const LintedFile> files) const;

  bool empty() const { return rules_.empty(); }

 private:
  const LintConfig& config_;
  std::vector<std::unique_ptr<Rule>> rules_;
};

/// Runs `work(i)` for i in [0, count) on all cores; each index runs exactly once.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work);

}  // namespace tebiki
