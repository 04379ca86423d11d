// The pages of the site that are not book pages: print.html, 404.html, sitemap.xml, and a
// contents page as index.html when the book has no front page.
#pragma once

#include <string>
#include <vector>

#include "book_config.h"
#include "page.h"
#include "render.h"

namespace tebiki {

/// One page's part of print.html: a <section class="chapter"> with its anchor. print.html
/// is every page's part in reading order (render_site).
std::string page_print_content(const BookConfig& config, Page& page);


/// The body of 404.html.
std::string not_found_content(const BookConfig& config);

/// A list of every page, for index.html when there is no front page.
std::string contents_listing(const std::vector<Page>& pages);

/// sitemap.xml of every page (absolute URLs when base_url is set).
std::string sitemap_xml(const BookConfig& config, const std::vector<std::string>& outputs);

}  // namespace tebiki
