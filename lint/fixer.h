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
/// Times the fixing starts again from the original texts, each time without the fixes that
/// were still pending after the last round.
constexpr int kMaxFixAttempts = 8;

/// Applies the replacements of `diagnostics` (the findings of `sources`) to the sources, lints
/// them again and repeats while a round changes something, at most kMaxFixRounds times. On
/// return `diagnostics` holds what remains. Returns the number of replacements made. Nothing
/// is written to disk: the caller compares texts and writes or prints a diff.
///
/// A fix must settle, so that a second --fix changes nothing. One that its own result
/// triggers again (a dictionary whose pattern サーバ also matches its expected サーバー) or that
/// another rule undoes (long-vowel サーバー → サーバ beside a dictionary's サーバ → サーバー)
/// leaves fixes pending after the last round. In each file where that happens, every fix
/// offered during the attempt (by rule, replaced text and replacement) is withheld and the
/// fixing starts again from the original texts; those findings remain, without a
/// replacement, saying why. A second run then withholds them again and changes nothing.
std::size_t fix_until_stable(const Linter& linter, std::vector<SourceFile>& sources,
                             Diagnostics& diagnostics);

}  // namespace tebiki
