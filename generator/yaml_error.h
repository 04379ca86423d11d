// Turns yaml-cpp's exceptions and marks into located errors.
#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

#include "source.h"

namespace tebiki {

/// "path:line:col: error: message" from a yaml-cpp mark (0-based line and column).
SourceError yaml_error(const std::string& path, const YAML::Mark& mark, const std::string& message);

/// Parses YAML text; on a syntax error sets *error with the location. Files are checked for
/// UTF-8 and NUL bytes first. `line_offset` shifts the reported lines (front matter).
std::optional<YAML::Node> parse_yaml(const std::string& path, const std::string& text,
                                     SourceError* error, std::size_t line_offset = 0);

/// Reads and parses a YAML file. `*skipped` (when given) is set to the bytes left out before
/// the parsed text (a BOM): a mark's `pos + *skipped` is then a byte offset in the file.
std::optional<YAML::Node> read_yaml_file(const std::string& path, SourceError* error,
                                         std::size_t* skipped = nullptr);

}  // namespace tebiki
