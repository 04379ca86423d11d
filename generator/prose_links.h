// Citations and glossary terms in the prose of every page, linked in one walk over each
// page's tree: in a large book the walk (a cache miss per node), not the matching, is most
// of either pass's time.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "glossary.h"
#include "page.h"
#include "references.h"

namespace tebiki {

/// Replaces `[@id]` citations in every page's text with links to Appendix C and records
/// where each entry is cited; unknown ids are errors with their location. With a glossary
/// (its page is in the book), links the first use of each term per section in every page
/// but the glossary's own and Appendix C, and records each use in used_in. Findings: the
/// citations' first (pages in order), then the terms'.
void link_citations_and_terms(References& references, Glossary* glossary, const std::set<std::string>& no_link,
                              std::vector<Page>& pages, Diagnostics& diagnostics);

}  // namespace tebiki
