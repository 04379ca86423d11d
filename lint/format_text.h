// The compiler-style report: `path:line:col: error: message [rule-id]`, the source line, a caret.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "source_lookup.h"

namespace tebiki {

/// One entry per diagnostic: the location line, then (when the file is known) its source line
/// and a caret line `^~~~` under the range, aligned in terminal cells (wide characters take
/// two). `color` adds ANSI colours as clang does; the caller decides (terminal, NO_COLOR).
std::string format_text(const Diagnostics& diagnostics, const SourceLookup& lookup,
                        bool color = false);

/// The errors that stop a run (unreadable input, invalid YAML) in the same form, without a
/// rule id: "path:line:col: error: message", then the source line and a caret under the
/// column when the file is readable text. An error at 1:1 names a whole file: no line is shown.
std::string format_errors(const std::vector<SourceError>& errors, const SourceLookup& lookup,
                          bool color = false);

/// "3 errors, 1 warning in 2 files (12 files checked in 0.04 s)", or
/// "no problems found (12 files checked in 0.04 s)"; ends with a newline.
std::string format_summary(const Diagnostics& diagnostics, std::size_t files_checked,
                           double seconds);

/// The caret line for bytes [from, to) of `line`: spaces (tabs kept) under what comes before,
/// `^` under the first character and `~` under the rest of the range.
std::string caret_line(std::string_view line, std::size_t from, std::size_t to);

}  // namespace tebiki
