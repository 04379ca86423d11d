// Pass 2: heading anchors (GitHub slugs or {#custom}) and numbers (第1章, 1.2, 付録A, A.1).
#pragma once

#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

/// Fills page.headings, page.title and page.chapter_label for every page. Needs load_pages.
/// A custom id used twice in a page is a finding.
void number_headings(const BookConfig& config, std::vector<Page>& pages, Diagnostics& diagnostics);

/// "第1章" / "付録A" (ja) or "Chapter 1" / "Appendix A" for a page label.
std::string chapter_number(const std::string& language, PageKind kind, const std::string& label);

/// The plain text of a node's inlines (text and code literals, soft breaks resolved).
std::string plain_text(cmark_node* node);

}  // namespace tebiki
