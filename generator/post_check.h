// Pass 7: every produced page is parsed; every internal href and #fragment must resolve and
// every id be unique in its page. Runs on the finished files, theme links included.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace tebiki {

/// Site files by path relative to the output folder (pages and assets).
using SiteFiles = std::map<std::string, std::string>;

/// Links that a script of the site puts into pages, by the script's path (toc.js: the
/// sidebar's contents). They are resolved from the script's folder and checked like a page's.
using ScriptLinks = std::map<std::string, std::vector<std::string>>;

/// Checks the HTML pages of `files` and the script links; findings name the page (or the
/// script) and the link. Pages are parsed in parallel.
/// With `only`, parses just those pages (serve: the pages a rebuild changed); their links
/// are checked against every file, their fragments against the pages parsed.
void post_check(const SiteFiles& files, Diagnostics& diagnostics, const std::set<std::string>* only = nullptr,
                const ScriptLinks& script_links = {});

}  // namespace tebiki
