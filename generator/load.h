// Pass 1: read every page once (UTF-8 check, front matter), parse it, extract its prose.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

/// Page sources given in memory, by their path in the config (serve's stand-ins).
using PageTexts = std::map<std::string, std::string>;

/// Loads the pages listed in the config, in parallel. Unreadable or invalid files and broken
/// front matter are appended to *errors (the build then stops with exit 2). A page found in
/// `texts` is read from there instead of the disk.
std::vector<Page> load_pages(const BookConfig& config, std::vector<SourceError>* errors,
                             const PageTexts* texts = nullptr);

/// The site path of a page: "chapter1.md" → "chapter1.html", the front page → "index.html".
std::string output_path(const PageEntry& entry);

}  // namespace tebiki
