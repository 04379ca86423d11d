#include "yaml_error.h"

#include <algorithm>

namespace tebiki {
namespace {

// yaml-cpp counts a mark's column in bytes from the start of its line, which begins
// `column` bytes before `pos`; the code points of those bytes make the column.
std::size_t code_point_column(std::string_view text, const YAML::Mark& mark) {
  auto column = static_cast<std::size_t>(mark.column);
  if (mark.pos < 0) return column + 1;
  std::size_t pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
  if (column > pos) return column + 1;
  return count_code_points(text.substr(pos - column, column)) + 1;
}

}  // namespace

SourceError yaml_error(const std::string& path, std::string_view text, const YAML::Mark& mark,
                       const std::string& message) {
  Position position;
  if (mark.line >= 0) position.line = static_cast<std::size_t>(mark.line) + 1;
  if (mark.column >= 0) position.column = code_point_column(text, mark);
  return SourceError{path, position, message, true};
}

std::optional<YAML::Node> parse_yaml(const std::string& path, const std::string& text,
                                     SourceError* error, std::size_t line_offset) {
  if (auto problem = validate_utf8(path, text)) {
    *error = *problem;
    error->position.line += line_offset;
    return std::nullopt;
  }
  try {
    return YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {  // yaml-cpp's own message is "bad file"
    *error = yaml_error(path, text, e.mark, "invalid YAML: nested too deeply");
    error->position.line += line_offset;
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    *error = yaml_error(path, text, e.mark, "invalid YAML: " + e.msg);
    error->position.line += line_offset;
    return std::nullopt;
  }
}

SourceError YamlFile::error(const YAML::Mark& mark, const std::string& message) const {
  return yaml_error(path, text, mark, message);
}

std::optional<YamlFile> read_yaml_file(const std::string& path, SourceError* error) {
  SourceError read_error;
  auto source = read_source(path, &read_error);
  if (!source) {
    *error = read_error;
    return std::nullopt;
  }
  YamlFile file{path, source->text(), 0, {}};
  if (file.text.starts_with("\xEF\xBB\xBF")) {
    file.text.erase(0, 3);
    file.skipped = 3;
  }
  auto root = parse_yaml(path, file.text, error);
  if (!root) return std::nullopt;
  file.root = *root;
  return file;
}

}  // namespace tebiki
