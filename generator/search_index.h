// The search index of the site, written as site/search-index.js for the theme's search box
// (theme/assets/tebiki-search.js). Needs render_pages: the documents are read from the
// rendered pages. The scheme (folding, terms, format) is described in search_index.cpp.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "glossary.h"
#include "page.h"
#include "post_check.h"
#include "search_documents.h"
#include "search_postings.h"

namespace tebiki {

/// Where the index is written in the site.
inline constexpr const char* kSearchIndexPath = "search-index.js";
/// The folder of the documents' text, in chunks (search-text/0.js, …).
inline constexpr const char* kSearchTextFolder = "search-text/";
/// A chunk closes once it holds this many bytes of text.
inline constexpr std::size_t kSearchTextChunkBytes = 32 * 1024;

/// A page of the site as a search result names it.
struct SearchPage {
  std::string href;   ///< "chapter1.html"
  std::string title;  ///< "第1章 はじめに"
};

struct SearchIndex {
  std::vector<SearchPage> pages;
  std::vector<SearchDocument> docs;
  Postings grams;  ///< character bigrams of Japanese runs
  Postings words;  ///< Latin words and ICU's Japanese words
};

/// Indexes every book page found in files (rendered HTML), in reading order. The aliases of
/// the glossary's terms become keywords of their entries (ファイヤーウォール finds
/// ファイアウォール).
SearchIndex build_search_index(const std::vector<Page>& pages, const SiteFiles& files, const Glossary& glossary);

/// The index as a script: `window.TEBIKI_SEARCH_INDEX = {…};` (loads from file://, where
/// fetch does not work). It holds what a query needs to find its documents (terms,
/// postings, titles, text lengths), not their text.
std::string search_index_script(const SearchIndex& index);

/// The scripts of the index: search-index.js and the documents' text in chunks under
/// kSearchTextFolder, which the engine loads only for the documents a query found (to rank
/// them and cut their snippets): the first search loads the terms alone, however big the book.
SiteFiles search_index_files(const SearchIndex& index);

}  // namespace tebiki
