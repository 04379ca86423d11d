#include "diagnostic_printer.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "format_text.h"
#include "source_lookup.h"

namespace tebiki {

namespace {

bool stderr_in_color() {
  return isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

// Findings of produced pages (post-check) name a page that is not on disk yet: no source line.
SourceLookup files_on_disk() {
  return with_files_from_disk([](const std::string&) -> const SourceFile* { return nullptr; });
}

}  // namespace

void print_diagnostics(const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return;
  std::cerr << format_text(diagnostics, files_on_disk(), stderr_in_color());
}

void print_errors(const std::vector<SourceError>& errors) {
  if (errors.empty()) return;
  std::cerr << format_errors(errors, files_on_disk(), stderr_in_color());
}

}  // namespace tebiki
