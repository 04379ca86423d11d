// Data the build hands to the theme's scripts as small script files (toc.js, the glossary's
// tooltips): loaded with <script src>, which works from file:// where fetch does not.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace tebiki {

/// VALUE as JSON made safe for a script (see window_assignment).
std::string script_json(const nlohmann::json& value);

/// `window.NAME = VALUE;` and a newline, VALUE as JSON made safe for a script: U+2028 and
/// U+2029 (line ends in JavaScript before ES2019) and '<' (no tag, should the script ever be
/// inlined) are escaped; invalid UTF-8 becomes U+FFFD.
std::string window_assignment(std::string_view name, const nlohmann::json& value);

}  // namespace tebiki
