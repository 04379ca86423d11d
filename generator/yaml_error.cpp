#include "yaml_error.h"

namespace tebiki {

SourceError yaml_error(const std::string& path, const YAML::Mark& mark, const std::string& message) {
  Position position;
  if (mark.line >= 0) position.line = static_cast<std::size_t>(mark.line) + 1;
  if (mark.column >= 0) position.column = static_cast<std::size_t>(mark.column) + 1;
  return SourceError{path, position, message};
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
    *error = yaml_error(path, e.mark, "invalid YAML: nested too deeply");
    error->position.line += line_offset;
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    *error = yaml_error(path, e.mark, "invalid YAML: " + e.msg);
    error->position.line += line_offset;
    return std::nullopt;
  }
}

std::optional<YAML::Node> read_yaml_file(const std::string& path, SourceError* error,
                                         std::size_t* skipped) {
  SourceError read_error;
  auto source = read_source(path, &read_error);
  if (!source) {
    *error = read_error;
    return std::nullopt;
  }
  std::string text = source->text();
  bool bom = text.starts_with("\xEF\xBB\xBF");
  if (bom) text.erase(0, 3);
  if (skipped) *skipped = bom ? 3 : 0;
  return parse_yaml(path, text, error);
}

}  // namespace tebiki
