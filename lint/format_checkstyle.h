// `--format checkstyle`: the XML report Jenkins, reviewdog and many CI tools read.
#pragma once

#include <string>

#include "diagnostic.h"
#include "source_lookup.h"

namespace tebiki {

/// <checkstyle version="4.3"><file name="…"><error line column severity message source/>…
/// Files appear in the order of their first diagnostic; severity note becomes "info";
/// source is "tebiki.<rule-id>".
std::string format_checkstyle(const Diagnostics& diagnostics, const SourceLookup& lookup);

}  // namespace tebiki
