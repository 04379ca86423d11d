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
// The scripts are written by search_index_script.cpp.
#include "search_index.h"

namespace tebiki {
namespace {

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
  InvertedTerms terms = invert_document_terms(index.docs);
  index.grams = std::move(terms.grams);
  index.words = std::move(terms.words);
  return index;
}

}  // namespace tebiki
