#include "lint_data.h"

namespace tebiki {

void fill_lint_data(const Glossary& glossary, const References& references, LintConfig& lint) {
  if (!glossary.path.empty()) {
    lint.glossary_loaded = true;
    for (const GlossaryEntry& entry : glossary.entries) lint.glossary_terms[entry.term] = entry.aliases;
  }
  if (!references.path.empty()) {
    lint.references_loaded = true;
    for (const Reference& ref : references.entries) lint.reference_ids.insert(ref.id);
  }
}

bool load_lint_data(BookConfig& config, std::vector<SourceError>* errors) {
  auto glossary = load_glossary(config, errors);
  auto references = load_references(config, errors);
  if (!glossary || !references) return false;
  fill_lint_data(*glossary, *references, config.lint);
  return true;
}

}  // namespace tebiki
