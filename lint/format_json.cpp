#include "format_json.h"

#include <nlohmann/json.hpp>

namespace tebiki {
namespace {

/// Whether `text` needs nothing but the escapes of append_plain: valid UTF-8 throughout.
bool is_plain_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    if (decode_utf8(text, i, &length) == 0xFFFD && length == 1) return false;
    i += length;
  }
  return true;
}

/// A JSON string as nlohmann's dump writes it (ensure_ascii off), for valid UTF-8.
void append_plain(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[(c >> 4) & 0xF];
          out += kHex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// Written directly rather than through a JSON tree: the tree of 20,000 findings cost more
// than finding them. Invalid UTF-8 (never in a message quoting valid source, but a bad byte
// must not throw across the stage) goes through nlohmann's replacement.
void append_string(std::string& out, std::string_view text) {
  if (is_plain_utf8(text)) return append_plain(out, text);
  out += nlohmann::json(std::string(text))
             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string json_string(std::string_view text) {
  std::string out;
  append_string(out, text);
  return out;
}

void append_field(std::string& out, std::string_view name, std::string_view value,
                  bool last = false) {
  out += "      \"";
  out += name;
  out += "\": ";
  out += value;
  out += last ? "\n" : ",\n";
}

void append_entry(std::string& out, const Diagnostic& d, const SourceLookup& lookup) {
  DiagnosticSpan span = locate(d, lookup);
  out += "    {\n";
  append_field(out, "file", json_string(d.file));
  append_field(out, "line", std::to_string(span.begin.line));
  append_field(out, "column", std::to_string(span.begin.column));
  append_field(out, "end_line", std::to_string(span.end.line));
  append_field(out, "end_column", std::to_string(span.end.column));
  append_field(out, "rule", json_string(d.rule));
  append_field(out, "severity", json_string(severity_name(d.severity)));
  append_field(out, "message", json_string(d.message));
  append_field(out, "replacement", d.replacement ? json_string(*d.replacement) : "null",
               /*last=*/true);
  out += "    }";
}

}  // namespace

std::string format_json(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  if (diagnostics.empty()) return "{\n  \"diagnostics\": []\n}\n";
  std::string out = "{\n  \"diagnostics\": [\n";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    append_entry(out, diagnostics[i], lookup);
    out += i + 1 < diagnostics.size() ? ",\n" : "\n";
  }
  out += "  ]\n}\n";
  return out;
}

}  // namespace tebiki
