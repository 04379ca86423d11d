#include "fixer.h"

#include <map>
#include <string>

#include "fix.h"

namespace tebiki {
namespace {

// Applies one round of fixes; returns how many replacements were made.
std::size_t apply_round(std::vector<SourceFile>& sources, const Diagnostics& diagnostics) {
  std::map<std::string, Diagnostics> by_file;
  for (const Diagnostic& d : diagnostics) {
    if (d.replacement) by_file[d.file].push_back(d);
  }
  std::size_t applied = 0;
  for (SourceFile& source : sources) {
    auto it = by_file.find(source.path());
    if (it == by_file.end()) continue;
    FixResult result = apply_fixes(source.text(), it->second);
    if (result.applied == 0) continue;
    applied += result.applied;
    source = SourceFile(source.path(), std::move(result.text));
  }
  return applied;
}

}  // namespace

std::size_t fix_until_stable(const Linter& linter, std::vector<SourceFile>& sources,
                             Diagnostics& diagnostics) {
  std::size_t total = 0;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    std::size_t applied = apply_round(sources, diagnostics);
    if (applied == 0) break;
    total += applied;
    diagnostics = linter.lint(sources);
  }
  return total;
}

}  // namespace tebiki
