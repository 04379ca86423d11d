// The theme (templates, CSS, JS) compiled into the binary from theme/.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tebiki {

/// Theme files by path relative to theme/, e.g. "page.mustache", "assets/tebiki.css".
const std::map<std::string, std::string_view>& embedded_theme();

}  // namespace tebiki
