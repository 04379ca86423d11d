// `--fix` in memory: apply the safe fixes, lint again, until nothing changes.
#pragma once

#include <cstddef>
#include <vector>

#include "diagnostic.h"
#include "linter.h"
#include "source.h"

namespace tebiki {

/// Rounds of fix → re-lint before giving up on fixes that keep revealing others.
constexpr int kMaxFixRounds = 5;

/// Applies the replacements of `diagnostics` (the findings of `sources`) to the sources, lints
/// them again and repeats while a round changes something, at most kMaxFixRounds times. On
/// return `diagnostics` holds what remains. Returns the number of replacements made. Nothing
/// is written to disk: the caller compares texts and writes or prints a diff.
std::size_t fix_until_stable(const Linter& linter, std::vector<SourceFile>& sources,
                             Diagnostics& diagnostics);

}  // namespace tebiki
