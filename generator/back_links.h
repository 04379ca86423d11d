// 「使用箇所」 and 「引用箇所」: links from a generated entry back to the sections that use it.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "page.h"

namespace tebiki {

/// Sections as (page index, heading index) pairs.
using SectionSet = std::set<std::pair<std::size_t, std::size_t>>;

/// The paragraph of back-links for the site and for print.html, or empty strings when the
/// set is empty.
VariantText back_links(const SectionSet& sections, const std::vector<Page>& pages, const Page& from,
                       const std::string& css_class, const std::string& caption, cmark_node* node);

}  // namespace tebiki
