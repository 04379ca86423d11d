#include <filesystem>
#include <map>

#include "references.h"
#include "xrefs.h"
#include "yaml_error.h"
#include "yaml_keys.h"

namespace tebiki {
namespace {

const std::vector<std::string> kReferenceKeys = {"id", "body", "number", "title", "title_en", "year", "url", "note"};

std::string field(const YAML::Node& node, const char* key) {
  YAML::Node value = node[key];
  return value && value.IsScalar() ? value.Scalar() : std::string{};
}

std::string references_page(const BookConfig& config) {
  std::string stem = std::filesystem::path(config.references).stem().string();
  for (const PageEntry& page : config.pages) {
    if (std::filesystem::path(page.path).stem().string() == stem) {
      return std::filesystem::path(page.path).replace_extension(".html").generic_string();
    }
  }
  return {};
}

std::optional<Reference> read_entry(const YamlFile& file, const YAML::Node& node,
                                    std::vector<SourceError>* errors) {
  if (!node.IsMap()) {
    errors->push_back(file.error(node.Mark(), "a reference must be a mapping with id, body and title"));
    return std::nullopt;
  }
  check_keys(file, node, kReferenceKeys, "a reference", errors);
  Reference ref{field(node, "id"), field(node, "body"), field(node, "number"), field(node, "title"),
                field(node, "title_en"), field(node, "year"), field(node, "url"), field(node, "note"),
                "", static_cast<std::size_t>(node.Mark().line + 1), 0, {}};
  for (const char* key : {"id", "body", "title"}) {
    if (field(node, key).empty()) {
      errors->push_back(file.error(node.Mark(), std::string("reference without '") + key + "'"));
      return std::nullopt;
    }
  }
  if (is_script_url(ref.url)) {  // it becomes the href of the entry's title
    std::string message = "url of reference '" + ref.id + "' would run script";
    errors->push_back(file.error(node["url"].Mark(), message));
    return std::nullopt;
  }
  ref.anchor = "ref-" + ref.id;
  ref.offset = static_cast<std::size_t>(node["id"].Mark().pos) + file.skipped;
  return ref;
}

}  // namespace

std::string Reference::label() const { return number.empty() ? title : body + " " + number; }

const Reference* References::find(const std::string& id) const {
  for (const Reference& entry : entries) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

std::optional<References> load_references(const BookConfig& config, std::vector<SourceError>* errors) {
  References references;
  references.language = config.language;
  if (config.references.empty()) return references;
  references.path = (config.source_dir / config.references).lexically_normal().string();
  references.page_output = references_page(config);
  SourceError error;
  auto file = read_yaml_file(references.path, &error);
  if (!file) return errors->push_back(error), std::nullopt;
  if (!file->root.IsSequence()) {
    errors->push_back(file->error(file->root.Mark(), "references must be a list of entries"));
    return std::nullopt;
  }
  std::size_t before = errors->size();
  std::map<std::string, std::size_t> seen;
  for (const auto& node : file->root) {
    auto entry = read_entry(*file, node, errors);
    if (!entry) continue;
    if (!seen.emplace(entry->id, entry->line).second) {
      errors->push_back(file->error(node.Mark(), "reference id '" + entry->id + "' is defined twice"));
      continue;
    }
    references.entries.push_back(std::move(*entry));
  }
  if (errors->size() > before) return std::nullopt;
  return references;
}

}  // namespace tebiki
