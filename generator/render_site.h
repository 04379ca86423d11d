// Pass 6: every page of the site laid out through the theme: the book's pages, index.html
// when the book has no front page, print.html, 404.html, the check sheet and sitemap.xml.
// Needs every tree pass. With a BuildCache (tebiki serve), a page whose inputs did not change
// keeps the HTML it had (see build_cache.h).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "book_config.h"
#include "build_cache.h"
#include "checklist.h"
#include "page.h"
#include "post_check.h"

namespace tebiki {

struct SiteRendering {
  const BookConfig& config;
  const Checklist& checklist;
  std::set<std::string> whole_book_pages;  ///< pages listing uses from every page: never reused
  BuildCache* cache = nullptr;
  /// Lay out only the pages with these sources, and only when the layout key is the cache's
  /// (serve's quick pass); the cache's pages are left as they are.
  const std::set<std::string>* only_sources = nullptr;
};

/// Lays every page out into files. Template errors are returned in *error.
bool render_site(const SiteRendering& how, std::vector<Page>& pages, SiteFiles& files, std::string* error);

}  // namespace tebiki
