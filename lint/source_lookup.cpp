#include "source_lookup.h"

#include <map>
#include <memory>
#include <optional>

namespace tebiki {

SourceLookup lookup_in(std::span<const SourceFile> files) {
  auto index = std::make_shared<std::map<std::string, const SourceFile*, std::less<>>>();
  for (const SourceFile& file : files) index->emplace(file.path(), &file);
  return [index](const std::string& path) -> const SourceFile* {
    auto it = index->find(path);
    return it == index->end() ? nullptr : it->second;
  };
}

SourceLookup with_files_from_disk(SourceLookup known) {
  auto read = std::make_shared<std::map<std::string, std::optional<SourceFile>, std::less<>>>();
  return [known = std::move(known), read](const std::string& path) -> const SourceFile* {
    if (const SourceFile* file = known ? known(path) : nullptr) return file;
    auto [it, added] = read->try_emplace(path);
    if (added) it->second = read_source_for_display(path);  // an unreadable file keeps 1:1, as an unknown one
    return it->second ? &*it->second : nullptr;
  };
}

DiagnosticSpan locate(const Diagnostic& diagnostic, const SourceLookup& lookup) {
  const SourceFile* source = lookup ? lookup(diagnostic.file) : nullptr;
  if (!source) return {};
  return {source->position(diagnostic.begin), source->position(diagnostic.end)};
}

}  // namespace tebiki
