// Pass 7: every produced page is parsed; every internal href and #fragment must resolve and
// every id be unique in its page. Runs on the finished files, theme links included.
#pragma once

#include <map>
#include <set>
#include <string>

#include "diagnostic.h"

namespace tebiki {

/// Site files by path relative to the output folder (pages and assets).
using SiteFiles = std::map<std::string, std::string>;

/// Checks the HTML pages of `files`; findings name the page (file) and the link.
/// With `only`, parses just those pages (serve: the pages a rebuild changed); their links
/// are checked against every file, their fragments against the pages parsed.
void post_check(const SiteFiles& files, Diagnostics& diagnostics, const std::set<std::string>* only = nullptr);

}  // namespace tebiki
