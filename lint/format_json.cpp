#include "format_json.h"

#include <nlohmann/json.hpp>

namespace tebiki {
namespace {

nlohmann::ordered_json entry_of(const Diagnostic& d, const SourceLookup& lookup) {
  DiagnosticSpan span = locate(d, lookup);
  nlohmann::ordered_json entry = {
      {"file", d.file},
      {"line", span.begin.line},
      {"column", span.begin.column},
      {"end_line", span.end.line},
      {"end_column", span.end.column},
      {"rule", d.rule},
      {"severity", severity_name(d.severity)},
      {"message", d.message},
  };
  entry["replacement"] =
      d.replacement ? nlohmann::ordered_json(*d.replacement) : nlohmann::ordered_json(nullptr);
  return entry;
}

}  // namespace

std::string format_json(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) list.push_back(entry_of(d, lookup));
  nlohmann::ordered_json root = {{"diagnostics", std::move(list)}};
  // Messages quote valid UTF-8 source, but a bad byte must never throw across the stage.
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

}  // namespace tebiki
