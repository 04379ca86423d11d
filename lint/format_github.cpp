#include "format_github.h"

namespace tebiki {
namespace {

const char* command_of(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "notice";
  }
  return "error";
}

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_github_data(std::string_view text) {
  return escape(text, false);
}

std::string escape_github_property(std::string_view text) {
  return escape(text, true);
}

std::string format_github(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    DiagnosticSpan span = locate(d, lookup);
    out += "::" + std::string(command_of(d.severity)) + " file=" + escape_github_property(d.file);
    out += ",line=" + std::to_string(span.begin.line) + ",col=" + std::to_string(span.begin.column);
    out += ",endLine=" + std::to_string(span.end.line);
    out += ",endColumn=" + std::to_string(span.end.column);
    out += ",title=" + escape_github_property(d.rule);
    out += "::" + escape_github_data(d.message) + '\n';
  }
  return out;
}

}  // namespace tebiki
