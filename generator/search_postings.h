// The postings of the search index: the terms of every document (search_tokens.h) inverted
// into, for each term, the ascending numbers of the documents that hold it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "search_documents.h"

namespace tebiki {

/// Terms with the ascending numbers of the documents that hold them.
using Postings = std::map<std::string, std::vector<std::uint32_t>>;

struct InvertedTerms {
  Postings grams;  ///< character bigrams of Japanese runs
  Postings words;  ///< Latin words and ICU's Japanese words
};

/// The grams and words of each document's title, text and keywords, inverted; a document's
/// number is its index in docs.
InvertedTerms invert_document_terms(const std::vector<SearchDocument>& docs);

}  // namespace tebiki
