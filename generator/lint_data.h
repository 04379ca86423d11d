// The glossary-aware lint rules receive the book's terms and reference ids as plain data.
#pragma once

#include "config.h"
#include "glossary.h"
#include "references.h"

namespace tebiki {

/// Copies glossary terms (with aliases) and reference ids into the lint settings.
void fill_lint_data(const Glossary& glossary, const References& references, LintConfig& lint);

/// Loads the glossary and references of a book config (if it names them) into its lint
/// settings; for `tebiki lint`. Problems are located errors.
bool load_lint_data(BookConfig& config, std::vector<SourceError>* errors);

}  // namespace tebiki
