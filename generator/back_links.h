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

/// What a back-link to each section of the book shows, seen from one page: made once, in
/// parallel, and shared by every entry's list (a section of a large book is listed by dozens
/// of entries).
class SectionLinks {
 public:
  SectionLinks(const std::vector<Page>& pages, const Page& from);

  struct Parts {
    std::string label;       ///< "2.1 タイトル", escaped
    std::string site_href;   ///< from the page, escaped
    std::string print_href;  ///< "#…" in print.html, escaped
  };
  const Parts& of(std::size_t page, std::size_t heading) const { return parts_[page][heading]; }

 private:
  std::vector<std::vector<Parts>> parts_;  ///< by page, by heading
};

/// The paragraph of back-links for the site and for print.html, or empty strings when the
/// set is empty.
VariantText back_links(const SectionSet& sections, const SectionLinks& links, const std::string& css_class,
                       const std::string& caption, cmark_node* node);

}  // namespace tebiki
