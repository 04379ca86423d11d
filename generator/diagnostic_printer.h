// Prints build findings and located errors to stderr in the compiler style.
#pragma once

#include <vector>

#include "diagnostic.h"
#include "source.h"

namespace tebiki {

/// "path:line:col: severity: message [rule]" for each finding; positions are looked up by
/// reading the file (findings of generated pages have no position).
void print_diagnostics(const Diagnostics& diagnostics);
/// "path:line:col: error: message" for each error, with the source line and a caret when the
/// file is readable text.
void print_errors(const std::vector<SourceError>& errors);

}  // namespace tebiki
