// `--format github`: GitHub Actions workflow commands, which become annotations on the diff.
#pragma once

#include <string>
#include <string_view>

#include "diagnostic.h"
#include "source_lookup.h"

namespace tebiki {

/// One line per diagnostic:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`
/// (`::warning` and `::notice` for the other severities).
std::string format_github(const Diagnostics& diagnostics, const SourceLookup& lookup);

/// Escapes a workflow command's message: % CR LF.
std::string escape_github_data(std::string_view text);
/// Escapes a workflow command's property value: % CR LF : and ,.
std::string escape_github_property(std::string_view text);

}  // namespace tebiki
