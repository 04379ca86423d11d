// `--format json`: {"diagnostics":[{"file","line","column","end_line","end_column","rule",
// "severity","message","replacement"}]}, `replacement` null when there is no safe fix.
#pragma once

#include <string>

#include "diagnostic.h"
#include "source_lookup.h"

namespace tebiki {

/// Columns count code points from 1; end_column is one past the range. Ends with a newline.
std::string format_json(const Diagnostics& diagnostics, const SourceLookup& lookup);

}  // namespace tebiki
