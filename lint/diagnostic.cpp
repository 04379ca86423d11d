#include "diagnostic.h"

#include <algorithm>
#include <tuple>

namespace tebiki {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::optional<Severity> parse_severity(const std::string& text) {
  if (text == "error") return Severity::Error;
  if (text == "warning" || text == "warn") return Severity::Warning;
  if (text == "note" || text == "info") return Severity::Note;
  return std::nullopt;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.begin, a.rule, a.end) < std::tie(b.file, b.begin, b.rule, b.end);
  });
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

bool has_unusable_input(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.unusable_input; });
}

}  // namespace tebiki
