// Rendering: a page's Markdown tree to HTML (for the site or for print.html), and whole
// pages through the theme's mustache template. Needs every tree pass (xrefs, glossary,
// references) to have run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

enum class Variant { Site, Print };

/// The article body of one page. Headings get their ids and section numbers.
std::string render_content(const BookConfig& config, Page& page, Variant variant);

/// Appends text escaped for HTML: & < > " always, ' when `apostrophe` (cmark's renderer
/// leaves ' as it is in text; escape_html escapes it).
void append_html_escaped(std::string& out, std::string_view text, bool apostrophe);
/// Escapes text for HTML element content and attribute values.
std::string escape_html(std::string_view text);

/// Theme words in the book's language (目次, 前へ, 次へ …).
struct ThemeWords {
  std::string toc, page_toc, prev, next, home, print, skip, menu, top, breadcrumb, pager, not_found,
      not_found_text;
  /// The generated appendices' words: back-link captions with their colon, related terms,
  /// the glossary's jump bar, and what separates the items of a list.
  std::string used_in, cited_in, related, index, list_separator;
};
ThemeWords theme_words(const std::string& language);

/// One page to be laid out by the theme.
struct PageView {
  std::string output;        ///< site path, e.g. "chapter1.html"
  std::string kind;          ///< front, chapter, appendix, print, 404
  std::string title;         ///< numbered title
  std::string content;       ///< HTML
  const Page* page = nullptr;  ///< the book page, when it is one (for sidebar and contents)
  /// Content in parts, placed after `content` (print.html: every page's part, which are not
  /// joined into one string first: the whole book would be copied once more).
  std::vector<std::string_view> content_parts = {};
};

/// Lays pages out with theme/page.mustache. Template errors are returned as text.
class ThemeRenderer {
 public:
  ThemeRenderer(const BookConfig& config, const std::vector<Page>& pages);
  /// nullopt with *error set when the template cannot be rendered.
  std::optional<std::string> render(const PageView& view, std::string* error) const;

 private:
  const BookConfig& config_;
  const std::vector<Page>& pages_;
  ThemeWords words_;
  std::string template_text_;
};

}  // namespace tebiki
