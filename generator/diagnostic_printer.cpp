#include "diagnostic_printer.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "format_text.h"
#include "source_lookup.h"

namespace tebiki {

void print_diagnostics(const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return;
  // Findings of produced pages (post-check) name a page that is not on disk yet: no source line.
  SourceLookup known = [](const std::string&) -> const SourceFile* { return nullptr; };
  SourceLookup lookup = with_files_from_disk(known);
  bool color = isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
  std::cerr << format_text(diagnostics, lookup, color);
}

void print_errors(const std::vector<SourceError>& errors) {
  for (const SourceError& error : errors) std::cerr << error.to_string() << '\n';
}

}  // namespace tebiki
