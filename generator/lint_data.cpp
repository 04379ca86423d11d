#include "lint_data.h"

namespace tebiki {

void fill_lint_data(const Glossary& glossary, const References& references, LintConfig& lint) {
  if (!glossary.path.empty()) {
    lint.glossary_loaded = true;
    for (const GlossaryEntry& entry : glossary.entries) {
      lint.glossary_terms[entry.term] = entry.aliases;
      lint.glossary_sites[entry.term] = {glossary.path, entry.offset, entry.offset + entry.term.size()};
    }
  }
  if (!references.path.empty()) {
    lint.references_loaded = true;
    for (const Reference& ref : references.entries) {
      lint.reference_ids.insert(ref.id);
      lint.reference_sites[ref.id] = {references.path, ref.offset, ref.offset + ref.id.size()};
    }
  }
}

bool load_lint_data(BookConfig& config, std::vector<SourceError>* errors) {
  auto glossary = load_glossary(config, errors);
  auto references = load_references(config, errors);
  if (!glossary || !references) return false;
  fill_lint_data(*glossary, *references, config.lint);
  // `tebiki lint` may be given only some pages: entries unused there may be used elsewhere.
  for (const PageEntry& page : config.pages) {
    config.lint.book_pages.push_back((config.source_dir / page.path).lexically_normal().string());
  }
  return true;
}

}  // namespace tebiki
