// 「使用箇所」 and 「引用箇所」: links from a generated entry back to the sections that use it.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "page.h"

namespace tebiki {

/// Sections as (page index, heading index) pairs, ascending, each once.
using SectionSet = std::vector<std::pair<std::size_t, std::size_t>>;

/// The back-link to each section of the book, seen from one page, for the site and for
/// print.html: made once, in parallel, and shared by every entry's list (a section of a large
/// book is listed by dozens of entries). A page's links sit side by side in one string, so
/// that lists in book order read them in order.
class SectionLinks {
 public:
  SectionLinks(const std::vector<Page>& pages, const Page& from);

  /// Whether these links serve lists on `page` too: the hrefs depend only on its folder.
  bool serves(const Page& page) const;

  /// `<a href="…">2.1 タイトル</a>`, escaped.
  std::string_view site(std::size_t page, std::size_t heading) const { return parts_[page].site.link(heading); }
  std::string_view print(std::size_t page, std::size_t heading) const { return parts_[page].print.link(heading); }

 private:
  /// A page's links, one after the other, and where each ends.
  struct Links {
    std::string text;
    std::vector<std::size_t> ends;
    std::string_view link(std::size_t heading) const {
      std::size_t begin = heading ? ends[heading - 1] : 0;
      return std::string_view(text).substr(begin, ends[heading] - begin);
    }
  };
  struct PageLinks {
    Links site, print;
  };
  std::vector<PageLinks> parts_;  ///< by page
  std::string from_folder_;
};

/// The paragraph of back-links for the site and for print.html ("使用箇所：" then the links
/// with `separator` between them), or empty strings when the set is empty.
VariantText back_links(const SectionSet& sections, const SectionLinks& links, const std::string& css_class,
                       const std::string& caption, const std::string& separator, cmark_node* node);

}  // namespace tebiki
