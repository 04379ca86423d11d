// The book's table of contents as one shared script, site/toc.js (mdBook's toc.js): every
// page's sidebar holds only its own entry and loads this script, which fills in the others.
// Written once instead of into every page, so the site grows linearly with the book. Needs
// number_headings (the titles). The post-check checks its links (contents_links).
#pragma once

#include <string>
#include <vector>

#include "page.h"

namespace tebiki {

/// Where the script is written in the site; pages load it as {{root}}toc.js.
inline constexpr const char* kContentsScriptPath = "toc.js";

/// One page of the book as the sidebar lists it.
struct ContentsEntry {
  std::string href;   ///< relative to the site's root: "part1/chapter1.html"
  std::string title;  ///< numbered title: "第1章 はじめに"
};

/// Every page of the book in reading order.
std::vector<ContentsEntry> book_contents(const std::vector<Page>& pages);

/// toc.js: `window.TEBIKI_TOC = [[href, title], …];` then the theme's filling code
/// (theme/toc.js), which runs where the page loads it.
std::string contents_script(const std::vector<ContentsEntry>& contents, std::string_view filling_code);

/// The script's hrefs, for the post-check (they are relative to the root, as toc.js is).
std::vector<std::string> contents_links(const std::vector<ContentsEntry>& contents);

}  // namespace tebiki
