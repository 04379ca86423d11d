// The check sheet (checksheet.html): the items of checklist.yml as an interactive form to
// weight them and score up to five providers (theme/assets/tebiki-checksheet.js). The item
// data sit in the page as JSON, so the sheet also works from file://. Needs number_headings
// (the phases link to their sections).
#pragma once

#include <string>
#include <vector>

#include "book_config.h"
#include "checklist.h"
#include "page.h"

namespace tebiki {

/// Where the sheet is written in the site.
inline constexpr const char* kChecksheetPath = "checksheet.html";

/// 「チェックシート」, or "Check sheet" in other languages.
std::string checksheet_title(const BookConfig& config);

/// The body of checksheet.html.
std::string checksheet_content(const BookConfig& config, const Checklist& checklist, const std::vector<Page>& pages);

/// JSON for a <script> element: `<`, `>` and `&` become \u003c, \u003e, \u0026, so no text
/// of the data can close the element or open a comment.
std::string script_safe_json(const std::string& json);

}  // namespace tebiki
