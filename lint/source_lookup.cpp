#include "source_lookup.h"

#include <map>
#include <memory>

namespace tebiki {

SourceLookup lookup_in(std::span<const SourceFile> files) {
  auto index = std::make_shared<std::map<std::string, const SourceFile*, std::less<>>>();
  for (const SourceFile& file : files) index->emplace(file.path(), &file);
  return [index](const std::string& path) -> const SourceFile* {
    auto it = index->find(path);
    return it == index->end() ? nullptr : it->second;
  };
}

DiagnosticSpan locate(const Diagnostic& diagnostic, const SourceLookup& lookup) {
  const SourceFile* source = lookup ? lookup(diagnostic.file) : nullptr;
  if (!source) return {};
  return {source->position(diagnostic.begin), source->position(diagnostic.end)};
}

}  // namespace tebiki
