// Whether one lint run sees the whole book. Findings about an entry that no page uses (a
// glossary term, a reference) hold only then: a page left out may be the one that uses it.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "rule.h"

namespace tebiki {

/// True when every page of `book_pages` is among `files` (compared as canonical paths), or
/// when `book_pages` is empty (the caller lints all it has).
bool lints_whole_book(const std::vector<std::string>& book_pages,
                      std::span<const LintedFile> files);

}  // namespace tebiki
