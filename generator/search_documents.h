// The documents of the search index: the sections and the glossary and reference entries of
// the rendered pages, each with its anchor, number, title and plain text. Reads the pages as
// rendered (needs render_pages): the generated parts (glossary and reference entries, check
// item tables) exist only there, and a snippet must show the words the reader sees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tebiki {

/// One search result: a heading with its text up to the next heading, or a <dt id> entry
/// (glossary, references) with its <dd>.
struct SearchDocument {
  std::size_t page = 0;    ///< index of the page in the list given to the index
  std::string id;          ///< anchor within the page; empty for a page without headings
  std::string number;      ///< "2.1.3", or empty (level 4 headings, entries)
  std::string title;       ///< plain text
  int level = 0;           ///< heading level; 0 for an entry
  int parent = -1;         ///< the enclosing heading's document, or -1
  std::string text;        ///< the body's plain text, white space collapsed
  std::string keywords;    ///< other names, searched but not shown (glossary aliases)
};

/// The documents of one rendered page (its <div class="tebiki-content">), appended to docs
/// so that parent indices are global. Skipped as not searchable: code blocks, navigation,
/// footnotes, the 使用箇所/引用箇所 back-links, and headings with a theme id ("tebiki-…",
/// e.g. the glossary's あ/か groups). Returns false when the page cannot be parsed.
bool collect_search_documents(std::size_t page, std::string_view page_title, std::string_view html,
                              std::vector<SearchDocument>& docs);

/// A rendered page to collect documents from.
struct RenderedPage {
  std::string_view href;
  std::string_view title;
  std::string_view html;
};

/// The documents of every page, parsed in parallel and numbered as if collect_search_documents
/// ran on each in order: a page that cannot be parsed gives no documents and no number.
/// `numbered` receives the indices (in `pages`) of the pages that got a number.
std::vector<SearchDocument> collect_book_documents(const std::vector<RenderedPage>& pages,
                                                   std::vector<std::size_t>& numbered);

}  // namespace tebiki
