#include "diagnostic_printer.h"

#include <iostream>
#include <map>

namespace tebiki {

void print_diagnostics(const Diagnostics& diagnostics) {
  std::map<std::string, std::optional<SourceFile>> sources;
  for (const Diagnostic& d : diagnostics) {
    auto& source = sources[d.file];
    if (!source && d.file.ends_with(".md")) {
      SourceError ignored;
      source = read_source(d.file, &ignored);
    }
    std::cerr << d.file;
    if (source) {
      Position p = source->position(d.begin);
      std::cerr << ':' << p.line << ':' << p.column;
    }
    std::cerr << ": " << severity_name(d.severity) << ": " << d.message << " [" << d.rule << "]\n";
  }
}

void print_errors(const std::vector<SourceError>& errors) {
  for (const SourceError& error : errors) std::cerr << error.to_string() << '\n';
}

}  // namespace tebiki
