// Pass 3: tree changes that do not depend on other pages: soft breaks between Japanese
// characters, table wrappers, and the raw-HTML policy. Needs load_pages.
#pragma once

#include <functional>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

/// Drops soft breaks between two Japanese characters (they would render as a space),
/// wraps tables for horizontal scrolling, and removes HTML comments. Other raw HTML stays
/// only when the config allows it; otherwise it is shown as text and reported.
void transform_page(const BookConfig& config, Page& page, Diagnostics& diagnostics);

/// The raw-HTML policy for Markdown from data files (glossary descriptions), which have no
/// positions to report: raw HTML below `node` is shown as text, comments go, and links that
/// would run script keep only their text.
void show_raw_html_as_text(cmark_node* node);

/// Drops the soft breaks below `node` that join Japanese text (they would render as spaces).
void drop_japanese_soft_breaks(cmark_node* node);

/// A byte range of a text node's literal.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Replaces each span (sorted, not overlapping) of a text node by an empty raw HTML node handed
/// to `fill(index, html_node)`; the text around the spans stays as text nodes. The original
/// node is freed when at least one span was given.
void split_text_node(cmark_node* node, const std::vector<TextSpan>& spans,
                     const std::function<void(std::size_t, cmark_node*)>& fill);

/// Inserts a raw HTML node before `anchor` (block or inline, matching the anchor's kind).
cmark_node* insert_html_before(cmark_node* anchor, const std::string& html);
/// Replaces `node` with raw HTML of the same kind (block or inline) and frees it.
cmark_node* replace_with_html(cmark_node* node, const std::string& html);

}  // namespace tebiki
