// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning reads (upload-sarif).
#pragma once

#include <string>
#include <string_view>

#include "diagnostic.h"
#include "source_lookup.h"

namespace tebiki {

/// One run of tool.driver "tebiki" with the rules that fired, a result per diagnostic
/// (physicalLocation with a code-point region) and a fix where a replacement exists.
/// Relative paths become relative URIs under %SRCROOT%. Ends with a newline.
std::string format_sarif(const Diagnostics& diagnostics, const SourceLookup& lookup,
                         std::string_view tool_version);

/// A file path as a URI reference: bytes outside RFC 3986's unreserved set and '/' are
/// percent-encoded; an absolute path becomes a file:// URI.
std::string path_to_uri(std::string_view path);

}  // namespace tebiki
