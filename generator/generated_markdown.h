// Generated pages (Appendix B, C) are written as Markdown with raw HTML blocks, parsed, and
// appended to the page's own tree, so that links and citations in their descriptions go
// through the same passes as the chapters.
#pragma once

#include <string>

#include "page.h"

namespace tebiki {

/// Parses `markdown` and moves its blocks to the end of the page's tree. Returns the first
/// moved node (or nullptr when the text had none). Without `allow_html` (tebiki.yml), raw
/// HTML in it is shown as text, as in the chapters. The text must not be nested deeper than
/// kMaxNesting (the glossary's descriptions are refused when they are loaded).
cmark_node* append_markdown(Page& page, const std::string& markdown, bool allow_html);

/// A raw HTML block appended to the page whose text is filled in later (back-links), the same
/// for the site and print.html until then.
cmark_node* append_placeholder(Page& page);

}  // namespace tebiki
