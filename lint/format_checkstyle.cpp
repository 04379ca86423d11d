#include "format_checkstyle.h"

#include <map>
#include <pugixml.hpp>
#include <sstream>

namespace tebiki {
namespace {

const char* checkstyle_severity(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "info";
  }
  return "error";
}

void append_error(pugi::xml_node file, const Diagnostic& d, const SourceLookup& lookup) {
  DiagnosticSpan span = locate(d, lookup);
  pugi::xml_node error = file.append_child("error");
  error.append_attribute("line") = static_cast<unsigned long long>(span.begin.line);
  error.append_attribute("column") = static_cast<unsigned long long>(span.begin.column);
  error.append_attribute("severity") = checkstyle_severity(d.severity);
  error.append_attribute("message") = d.message.c_str();
  error.append_attribute("source") = ("tebiki." + d.rule).c_str();
}

}  // namespace

std::string format_checkstyle(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = document.append_child("checkstyle");
  root.append_attribute("version") = "4.3";
  std::map<std::string, pugi::xml_node> files;
  for (const Diagnostic& d : diagnostics) {
    auto [it, added] = files.emplace(d.file, pugi::xml_node());
    if (added) {
      it->second = root.append_child("file");
      it->second.append_attribute("name") = d.file.c_str();
    }
    append_error(it->second, d, lookup);
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace tebiki
