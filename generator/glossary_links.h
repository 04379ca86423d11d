// Terms in the text: the first use of each glossary term in each section links to its entry
// with its description as a tooltip. Never inside headings, links or code, nor inside a
// longer term. `[用語](term:)` forces a link; `tebiki-disable term-link` comments and the
// config's glossary_nolink list stop them. Needs xrefs (tips) and the glossary loaded.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "glossary.h"
#include "page.h"

namespace tebiki {

/// Links terms in every page but the glossary's own and `skip_output` (a.term with the
/// entry's href; its tooltip comes from glossary-tips.js); records each use in
/// glossary.entries[i].used_in. Unknown forced terms are findings.
void link_glossary_terms(Glossary& glossary, const std::set<std::string>& no_link, const std::string& skip_output,
                         std::vector<Page>& pages, Diagnostics& diagnostics);

}  // namespace tebiki
