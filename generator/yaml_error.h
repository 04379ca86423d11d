// Turns yaml-cpp's exceptions and marks into located errors.
#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "source.h"

namespace tebiki {

/// "path:line:col: error: message" from a yaml-cpp mark (0-based line, byte column) in `text`,
/// the text yaml-cpp parsed: the column is told in code points, as everywhere else.
SourceError yaml_error(const std::string& path, std::string_view text, const YAML::Mark& mark,
                       const std::string& message);

/// Parses YAML text; on a syntax error sets *error with the location. Files are checked for
/// UTF-8 and NUL bytes first. `line_offset` shifts the reported lines (front matter).
std::optional<YAML::Node> parse_yaml(const std::string& path, const std::string& text,
                                     SourceError* error, std::size_t line_offset = 0);

/// A YAML file as parsed: the marks of its nodes point into `text`.
struct YamlFile {
  std::string path;
  std::string text;         ///< the file's text without a BOM
  std::size_t skipped = 0;  ///< bytes left out before `text` (a BOM): `pos + skipped` is a file offset
  YAML::Node root;

  /// A located error at a mark of this file (a node's `Mark()`).
  SourceError error(const YAML::Mark& mark, const std::string& message) const;
};

/// Reads and parses a YAML file.
std::optional<YamlFile> read_yaml_file(const std::string& path, SourceError* error);

}  // namespace tebiki
