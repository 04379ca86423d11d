#include "script_data.h"

namespace tebiki {
namespace {

std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    std::string_view rest = std::string_view(json).substr(i);
    if (rest.starts_with("\u2028") || rest.starts_with("\u2029")) {
      out += rest.starts_with("\u2028") ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += json[i] == '<' ? std::string("\\u003c") : std::string(1, json[i]);
    }
  }
  return out;
}

}  // namespace

std::string script_json(const nlohmann::json& value) {
  return script_safe(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string window_assignment(std::string_view name, const nlohmann::json& value) {
  return "window." + std::string(name) + " = " + script_json(value) + ";\n";
}

}  // namespace tebiki
