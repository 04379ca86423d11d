// Pass 4: cross-references. Relative links to pages and anchors are checked and rewritten to
// the output pages (for the site and for print.html); empty link texts get the target's
// number and title. Needs number_headings (anchors) and every pass that adds anchors.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

/// Local files (images …) that pages link to, relative to the source folder.
using LinkedAssets = std::set<std::string>;

/// Anchors a pass adds to a page beyond its headings (glossary entries, references…),
/// keyed by page output path.
using ExtraAnchors = std::map<std::string, std::set<std::string>>;

void resolve_cross_references(const BookConfig& config, std::vector<Page>& pages,
                              const ExtraAnchors& extra, LinkedAssets* assets,
                              Diagnostics& diagnostics);

/// "../b/c.html" from page "a/x.html" to "b/c.html".
/// True when `path` is already normal and relative: no empty, "." or ".." segment, no leading
/// or trailing '/'. From a page of the top folder such a path needs no path algebra.
bool is_normal_relative_path(std::string_view path);
std::string relative_href(const std::string& from_page, const std::string& to_path);

/// Decodes %XX escapes (invalid ones are kept as they are).
std::string percent_decode(std::string_view text);

/// True when the URL has a scheme ("https:", "mailto:") or is protocol-relative.
bool is_external_url(std::string_view url);

/// True for a URL that runs script or opens a local file when followed, as browsers read it
/// (tabs and line breaks ignored, any case): javascript:, vbscript:, file:, and data: other
/// than a PNG, GIF, JPEG or WebP image (cmark's list of unsafe URLs).
bool is_script_url(std::string_view url);

/// Where in the source a link node starts (its '[', or the '!' of an image): from cmark's
/// inline position, or for a link without one, from its block.
std::size_t link_offset(const Page& page, cmark_node* link);

/// In print.html, anchors of different pages share one document: "chapter1--背景".
std::string print_anchor(const Page& page, const std::string& id);

}  // namespace tebiki
