#include "script_data.h"

#include "utf8_inline.h"

namespace tebiki {
namespace {

// U+2028 or U+2029 at json[i], as UTF-8.
bool is_line_separator_at(std::string_view json, std::size_t i) {
  return json[i] == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9');
}

std::string script_safe(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  std::size_t copied = 0;
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '<' && !is_line_separator_at(json, i)) continue;
    out.append(json, copied, i - copied);
    if (json[i] == '<') out += "\\u003c";
    else out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029", i += 2;
    copied = i + 1;
  }
  out.append(json, copied);
  return out;
}

// The escape that nlohmann::json's dump (ensure_ascii off) and script_safe give an ASCII
// byte, or nullptr for a byte written as it is (and any byte of a multibyte character).
const char* ascii_escape(unsigned char byte) {
  static const char* const kControls[0x20] = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  if (byte < 0x20) return kControls[byte];
  if (byte == '"') return "\\\"";
  if (byte == '\\') return "\\\\";
  if (byte == '<') return "\\u003c";
  return nullptr;
}

}  // namespace

std::string script_json(const nlohmann::json& value) {
  return script_safe(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string window_assignment(std::string_view name, const nlohmann::json& value) {
  return "window." + std::string(name) + " = " + script_json(value) + ";\n";
}

void append_script_string(std::string& out, std::string_view text) {
  std::size_t start = out.size();
  out += '"';
  std::size_t copied = 0;
  for (std::size_t i = 0, length = 1; i < text.size(); i += length) {
    const char* escape = ascii_escape(static_cast<unsigned char>(text[i]));
    length = 1;
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      char32_t c = decode_utf8(text, i, &length);
      if (c == 0xFFFD && length == 1) {  // nlohmann::json's replacement of invalid UTF-8 is not worth repeating
        out.resize(start);
        out += script_json(std::string(text));
        return;
      }
      escape = c == 0x2028 ? "\\u2028" : c == 0x2029 ? "\\u2029" : nullptr;
    }
    if (!escape) continue;
    out.append(text, copied, i - copied);
    out += escape;
    copied = i + length;
  }
  out.append(text, copied);
  out += '"';
}

}  // namespace tebiki
