#include "format_sarif.h"

#include <map>
#include <nlohmann/json.hpp>

namespace tebiki {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

Json region_of(const DiagnosticSpan& span) {
  return {{"startLine", span.begin.line},
          {"startColumn", span.begin.column},
          {"endLine", span.end.line},
          {"endColumn", span.end.column}};
}

Json artifact_of(const std::string& path) {
  Json artifact = {{"uri", path_to_uri(path)}};
  if (!path.starts_with('/')) artifact["uriBaseId"] = "%SRCROOT%";
  return artifact;
}

Json fix_of(const Diagnostic& d, const DiagnosticSpan& span) {
  Json replacement = {{"deletedRegion", region_of(span)},
                      {"insertedContent", {{"text", *d.replacement}}}};
  Json change = {{"artifactLocation", artifact_of(d.file)},
                 {"replacements", Json::array({replacement})}};
  return {{"description", {{"text", "「" + *d.replacement + "」に置き換える"}}},
          {"artifactChanges", Json::array({change})}};
}

Json result_of(const Diagnostic& d, std::size_t rule_index, const SourceLookup& lookup) {
  DiagnosticSpan span = locate(d, lookup);
  Json physical = {{"artifactLocation", artifact_of(d.file)}, {"region", region_of(span)}};
  Json result = {{"ruleId", d.rule},
                 {"ruleIndex", rule_index},
                 {"level", sarif_level(d.severity)},
                 {"message", {{"text", d.message}}},
                 {"locations", Json::array({{{"physicalLocation", physical}}})}};
  if (d.replacement) result["fixes"] = Json::array({fix_of(d, span)});
  return result;
}

// The rules that fired, in id order; each result refers to its rule by index.
std::map<std::string, std::size_t> index_rules(const Diagnostics& diagnostics) {
  std::map<std::string, std::size_t> index;
  for (const Diagnostic& d : diagnostics) index.emplace(d.rule, 0);
  std::size_t next = 0;
  for (auto& [id, position] : index) position = next++;
  return index;
}

Json driver_of(const std::map<std::string, std::size_t>& rules, std::string_view version) {
  Json list = Json::array();
  for (const auto& [id, position] : rules) {
    list.push_back({{"id", id}, {"name", id}, {"shortDescription", {{"text", id}}}});
  }
  return {{"name", "tebiki"}, {"version", std::string(version)}, {"rules", std::move(list)}};
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = path.starts_with('/') ? "file://" : "";
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  return uri;
}

std::string format_sarif(const Diagnostics& diagnostics, const SourceLookup& lookup,
                         std::string_view tool_version) {
  auto rules = index_rules(diagnostics);
  Json results = Json::array();
  for (const Diagnostic& d : diagnostics) results.push_back(result_of(d, rules[d.rule], lookup));
  Json run = {{"tool", {{"driver", driver_of(rules, tool_version)}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  Json root = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace tebiki
