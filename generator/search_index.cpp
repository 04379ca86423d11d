// The Japanese search of a tebiki site. The build writes the index; the browser searches it
// with theme/assets/tebiki-search-engine.js. Both sides must cut text into the same terms,
// and ICU is not in the browser: so a document is matched on terms the browser computes
// exactly the same way (folding, character bigrams, Latin words), and the words of ICU's
// Japanese segmentation only help to rank what the bigrams found.
//
// Documents (search_documents.h): every heading of the book's pages with its text up to the
// next heading, and every glossary and reference entry (<dt id> with its <dd>). The aliases
// of a glossary term are keywords of its entry.
//
// Folding (fold_for_search in search_tokens.cpp, fold() in the engine):
//   1. the text is cut into clusters, a character with the joining marks after it
//      (U+0300–036F, U+3099–309A, U+FF9E–FF9F), and each cluster is NFKC-normalised:
//      full-width Latin letters and digits become ASCII, half-width katakana full width;
//   2. ASCII letters are lower-cased; small kana become large (ウィルス = ウイルス);
//   3. a run of ー is dropped unless a katakana letter follows it (サーバー = サーバ).
//   Hiragana and katakana are NOT folded together: the book's terms are already unified by
//   lint (terms.yml), and folding would mix grammatical hiragana (ログの, する) into the
//   bigrams of katakana loanwords.
//
// Terms:
//   grams  the character bigrams of every run of one Japanese script (hiragana, katakana, kanji)
//          of the folded title and text; a run of one character gives itself. 脆弱性診断
//          gives 脆弱 弱性 性診 診断, so 脆弱性 and 診断 both find it. A bigram across two
//          scripts (グの) is left out: a query unit never spans two scripts, so none would
//          look it up.
//   words  the Latin words of the folded title and text (runs of [0-9a-z] and Latin
//          letters; SQLインジェクション gives sql), and the words of ICU's Japanese
//          segmentation (BreakIterator word instance, ja) of two or more characters that are
//          not all hiragana.
//
// Query (in the engine): the folded query is cut into units at spaces, punctuation and
// changes of script (Latin, hiragana, katakana, kanji): ログ保存 → ログ + 保存, which finds
// ログの保存. A Japanese unit selects the documents holding all its bigrams (a one-character
// unit: any gram containing it), a Latin unit the documents holding a word that starts with
// it; a document must then contain every unit in its title, keywords or text (if none does:
// units weighing half the query). Ranking: BM25 over the units, counted in the folded text
// (b = 0.3: glossary entries are short), plus a title boost, a bonus when the query is the
// whole title, for phrases (units side by side in the query) found as such, for the bigrams of
// a long unit found apart (時刻の同期 for 時刻同期), and for each ICU word of the index that
// the query holds (found with Intl.Segmenter('ja', {granularity: 'word'}) when the browser
// has it, else by looking the units up). The result set never depends on segmentation.
//
// Format of search-index.js:
//   window.TEBIKI_SEARCH_INDEX = {"version":2,
//     "pages":[[href, title], …],
//     "docs":[[page, id, number, title, level, parent, length, keywords], …],
//     "chunks":[first document of each text chunk, …],
//     "grams":"term term …", "gramDocs":"…", "words":"term term …", "wordDocs":"…"};
//   level is 0 for an entry; parent is the enclosing heading's document or -1; length is the
//   length of the document's text in UTF-16 units (JavaScript's String length); keywords are
//   other names of the document, searched like its title but not shown. Terms are
//   sorted and joined by one space. …Docs holds the postings of the terms in the same order,
//   each list ended by ','. A list is the ascending document numbers as gaps (the first
//   number as itself), each gap in base 32, most significant digit first: the last digit
//   from "0123456789abcdefghijklmnopqrstuv", the digits before it from
//   "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*": [3, 40, 41] (gaps 3, 37, 1) is "3B51,". A posting
//   takes about one byte.
// The text of the documents, for ranking and snippets, is in search-text/N.js, chunk N
// holding the documents from chunks[N] to chunks[N + 1] (or the last):
//   (window.TEBIKI_SEARCH_TEXT = window.TEBIKI_SEARCH_TEXT || {})[N] = [text, …];
// The engine loads a chunk, as a script, the first time a query finds one of its documents.
#include "search_index.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "linter.h"
#include "script_data.h"
#include "search_tokens.h"

namespace tebiki {
namespace {

/// The distinct terms of one document, sorted.
struct DocumentTerms {
  std::vector<std::string> grams;
  std::vector<std::string> words;
};

void add_terms(const std::string& text, JapaneseWordSegmenter& segmenter, DocumentTerms& terms) {
  std::u32string folded = fold_for_search(text);
  for (std::string& gram : japanese_bigrams(folded)) terms.grams.push_back(std::move(gram));
  for (std::string& word : latin_words(folded)) terms.words.push_back(std::move(word));
  for (std::string& word : segmenter.words(text)) terms.words.push_back(std::move(word));
}

void sort_unique(std::vector<std::string>& terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
}

DocumentTerms document_terms(const SearchDocument& doc) {
  thread_local JapaneseWordSegmenter segmenter;  // an ICU break iterator serves one thread
  DocumentTerms terms;
  for (const std::string* field : {&doc.title, &doc.text, &doc.keywords}) add_terms(*field, segmenter, terms);
  sort_unique(terms.grams);
  sort_unique(terms.words);
  return terms;
}

using TermDocuments = std::unordered_map<std::string, std::vector<std::uint32_t>>;

Postings sorted_postings(TermDocuments postings) {
  return Postings(std::make_move_iterator(postings.begin()), std::make_move_iterator(postings.end()));
}

// The terms are found in parallel a block of documents at a time and added to the postings
// at once: every document's terms held together cost more memory than the rest of a large
// build. Blocks and documents are visited in order, so each postings list comes out ascending.
constexpr std::size_t kTermBlock = 4096;

void invert_terms(const std::vector<SearchDocument>& docs, SearchIndex& index) {
  TermDocuments grams, words;
  std::vector<DocumentTerms> block;
  for (std::size_t first = 0; first < docs.size(); first += kTermBlock) {
    std::size_t count = std::min(kTermBlock, docs.size() - first);
    block.assign(count, {});
    parallel_for(count, [&](std::size_t i) { block[i] = document_terms(docs[first + i]); });
    for (std::size_t i = 0; i < count; ++i) {
      auto doc = static_cast<std::uint32_t>(first + i);
      for (const std::string& term : block[i].grams) grams[term].push_back(doc);
      for (const std::string& term : block[i].words) words[term].push_back(doc);
    }
  }
  index.grams = sorted_postings(std::move(grams));
  index.words = sorted_postings(std::move(words));
}

std::string joined_terms(const Postings& postings) {
  std::string out;
  for (const auto& [term, docs] : postings) out += (out.empty() ? "" : " ") + term;
  return out;
}

constexpr std::string_view kLastDigits = "0123456789abcdefghijklmnopqrstuv";
constexpr std::string_view kLeadingDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*";

void append_gap(std::string& out, std::uint32_t gap) {
  std::string digits(1, kLastDigits[gap % 32]);
  for (gap /= 32; gap > 0; gap /= 32) digits.insert(digits.begin(), kLeadingDigits[gap % 32]);
  out += digits;
}

std::string packed_postings(const Postings& postings) {
  std::string out;
  for (const auto& [term, docs] : postings) {
    std::uint32_t previous = 0;
    for (std::uint32_t doc : docs) append_gap(out, doc - previous), previous = doc;
    out += ',';
  }
  return out;
}

/// The length of UTF-8 text in UTF-16 code units, as JavaScript counts it.
std::size_t utf16_length(std::string_view text) {
  std::size_t length = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0) != 0x80) length += 1;  // a code point starts
    if ((byte & 0xF8) == 0xF0) length += 1;  // beyond the BMP: a surrogate pair
  }
  return length;
}

nlohmann::json document_array(const SearchDocument& doc) {
  return nlohmann::json::array(
      {doc.page, doc.id, doc.number, doc.title, doc.level, doc.parent, utf16_length(doc.text), doc.keywords});
}

/// The first document of each text chunk.
std::vector<std::size_t> text_chunks(const std::vector<SearchDocument>& docs) {
  std::vector<std::size_t> starts;
  std::size_t bytes = kSearchTextChunkBytes;
  for (std::size_t doc = 0; doc < docs.size(); ++doc) {
    if (bytes >= kSearchTextChunkBytes) starts.push_back(doc), bytes = 0;
    bytes += docs[doc].text.size();
  }
  return starts;
}

std::string text_chunk_script(const std::vector<SearchDocument>& docs, std::size_t chunk, std::size_t from, std::size_t to) {
  nlohmann::json texts = nlohmann::json::array();
  for (std::size_t doc = from; doc < to; ++doc) texts.push_back(docs[doc].text);
  return "(window.TEBIKI_SEARCH_TEXT = window.TEBIKI_SEARCH_TEXT || {})[" + std::to_string(chunk) +
         "] = " + script_json(texts) + ";\n";
}

void add_glossary_aliases(const Glossary& glossary, const std::vector<SearchPage>& pages, std::vector<SearchDocument>& docs) {
  std::map<std::string, const GlossaryEntry*> by_anchor;
  for (const GlossaryEntry& entry : glossary.entries) by_anchor[entry.anchor] = &entry;
  for (SearchDocument& doc : docs) {
    auto entry = by_anchor.find(doc.id);
    if (pages[doc.page].href != glossary.page_output || entry == by_anchor.end()) continue;
    for (const std::string& alias : entry->second->aliases) doc.keywords += (doc.keywords.empty() ? "" : " ") + alias;
  }
}

}  // namespace

SearchIndex build_search_index(const std::vector<Page>& pages, const SiteFiles& files, const Glossary& glossary) {
  SearchIndex index;
  std::vector<std::string> titles;
  std::vector<RenderedPage> rendered;
  titles.reserve(pages.size());
  for (const Page& page : pages) {
    auto html = files.find(page.output);
    if (html == files.end()) continue;
    titles.push_back(page.numbered_title());
    rendered.push_back({page.output, titles.back(), html->second});
  }
  std::vector<std::size_t> numbered;
  index.docs = collect_book_documents(rendered, numbered);
  for (std::size_t i : numbered) index.pages.push_back({std::string(rendered[i].href), titles[i]});
  add_glossary_aliases(glossary, index.pages, index.docs);
  invert_terms(index.docs, index);
  return index;
}

std::string search_index_script(const SearchIndex& index) {
  nlohmann::json pages = nlohmann::json::array(), docs = nlohmann::json::array();
  for (const SearchPage& page : index.pages) pages.push_back(nlohmann::json::array({page.href, page.title}));
  for (const SearchDocument& doc : index.docs) docs.push_back(document_array(doc));
  nlohmann::json root;
  root["version"] = 2;
  root["pages"] = std::move(pages);
  root["docs"] = std::move(docs);
  root["chunks"] = text_chunks(index.docs);
  root["grams"] = joined_terms(index.grams);
  root["gramDocs"] = packed_postings(index.grams);
  root["words"] = joined_terms(index.words);
  root["wordDocs"] = packed_postings(index.words);
  return window_assignment("TEBIKI_SEARCH_INDEX", root);
}

SiteFiles search_index_files(const SearchIndex& index) {
  SiteFiles files;
  files[kSearchIndexPath] = search_index_script(index);
  std::vector<std::size_t> starts = text_chunks(index.docs);
  for (std::size_t chunk = 0; chunk < starts.size(); ++chunk) {
    std::size_t to = chunk + 1 < starts.size() ? starts[chunk + 1] : index.docs.size();
    files[kSearchTextFolder + std::to_string(chunk) + ".js"] = text_chunk_script(index.docs, chunk, starts[chunk], to);
  }
  return files;
}

}  // namespace tebiki
