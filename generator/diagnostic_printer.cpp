#include "diagnostic_printer.h"

#include <iostream>
#include <map>

namespace tebiki {
namespace {

// Pages and data files (glossary.yml, references.yml) have positions; generated pages do not.
bool is_source_file(const std::string& path) {
  return path.ends_with(".md") || path.ends_with(".yml") || path.ends_with(".yaml");
}

}  // namespace

void print_diagnostics(const Diagnostics& diagnostics) {
  std::map<std::string, std::optional<SourceFile>> sources;
  for (const Diagnostic& d : diagnostics) {
    auto& source = sources[d.file];
    if (!source && is_source_file(d.file)) {
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
