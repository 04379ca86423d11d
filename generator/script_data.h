// Data the build hands to the theme's scripts as small script files (toc.js, the glossary's
// tooltips, the search index): loaded with <script src>, which works from file:// where
// fetch does not.
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

/// Appends text as a JSON string, the same bytes as script_json(nlohmann::json(text)): a big
/// script (the search index, its text chunks) is written piece by piece, without building a
/// JSON tree of the whole.
void append_script_string(std::string& out, std::string_view text);

}  // namespace tebiki
