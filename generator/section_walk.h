// Visits the inline nodes of a page's prose with the section (heading) they belong to.
#pragma once

#include <functional>

#include "page.h"

namespace tebiki {

inline constexpr std::size_t kNoSection = static_cast<std::size_t>(-1);

/// Calls `visit(node, section, block)` for each inline child of prose blocks (paragraphs,
/// table cells, list items, quotes), recursing into emphasis but not into links, code or
/// headings. `section` is the index in page.headings of the last heading of level <= 3
/// before the node (kNoSection before any). Text nodes that follow one another are merged
/// into the first before it is visited. The callback may replace or free `node`.
void walk_sections(Page& page,
                   const std::function<void(cmark_node* node, std::size_t section, cmark_node* block)>& visit);

}  // namespace tebiki
