#include "search_postings.h"

#include <algorithm>
#include <string_view>

#include "linter.h"
#include "search_tokens.h"

namespace tebiki {
namespace {

/// The terms of one document in text order, repeats kept: the postings table drops them
/// faster than sorting each document's terms would.
struct DocumentTerms {
  std::vector<GramKey> grams;
  WordList words;
};

/// What a thread reuses from one text to the next.
struct TermScratch {
  JapaneseWordSegmenter segmenter;  // an ICU break iterator serves one thread
  std::u32string folded;
};

void add_terms(std::string_view text, TermScratch& scratch, DocumentTerms& terms) {
  fold_for_search(text, scratch.folded);
  append_bigram_keys(scratch.folded, terms.grams);
  append_latin_words(scratch.folded, terms.words);
  scratch.segmenter.append_words(text, terms.words);
}

// Fills terms, whose memory is reused from block to block.
void find_document_terms(const SearchDocument& doc, DocumentTerms& terms) {
  thread_local TermScratch scratch;
  terms.grams.clear();
  terms.words.clear();
  for (const std::string* field : {&doc.title, &doc.text, &doc.keywords}) add_terms(*field, scratch, terms);
}

std::size_t term_hash(GramKey gram) { return (gram * 0x9E3779B97F4A7C15u) >> 20; }  // Fibonacci hashing
std::size_t term_hash(std::string_view word) { return std::hash<std::string_view>()(word); }

/// The postings of one kind of term (GramKey, or std::string for words) as they grow. Every
/// term of every document is looked up here: an open-addressing table of plain slots, without
/// std::unordered_map's node per term and division per look-up.
template <typename Term>
class TermPostings {
 public:
  template <typename TermView>
  void add(TermView term, std::uint32_t doc) {
    if (2 * (terms_.size() + 1) > slots_.size()) grow();
    std::size_t hash = term_hash(term);
    Slot& slot = slots_[find(term, hash)];
    if (slot.number == kNone) {
      slot = {hash, static_cast<std::uint32_t>(terms_.size()), kNone};
      terms_.emplace_back(Term(term), std::vector<std::uint32_t>());
    }
    // Documents come in ascending order: a repeat is the last one added.
    if (slot.last != doc) slot.last = doc, terms_[slot.number].second.push_back(doc);
  }

  /// The terms with their documents, in the order they first came.
  std::vector<std::pair<Term, std::vector<std::uint32_t>>>& terms() { return terms_; }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Slot {
    std::size_t hash = 0;
    std::uint32_t number = kNone;  ///< in terms_; kNone for an empty slot
    std::uint32_t last = kNone;    ///< the term's last document, here to spare a visit to its list
  };

  template <typename TermView>
  std::size_t find(const TermView& term, std::size_t hash) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at].number != kNone && (slots_[at].hash != hash || terms_[slots_[at].number].first != term)) {
      at = (at + 1) & mask;
    }
    return at;
  }

  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(1024, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (slot.number != kNone) slots_[find(terms_[slot.number].first, slot.hash)] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<Term, std::vector<std::uint32_t>>> terms_;
};

/// The postings as they grow, documents added in ascending order.
class PostingsTable {
 public:
  void add(std::uint32_t doc, const DocumentTerms& terms) {
    for (GramKey gram : terms.grams) grams_.add(gram, doc);
    for (std::size_t i = 0; i < terms.words.size(); ++i) words_.add(terms.words[i], doc);
  }

  // The grams become strings only here, once each: sorting the keys sorts the strings.
  InvertedTerms take() {
    InvertedTerms out;
    auto& grams = grams_.terms();
    std::sort(grams.begin(), grams.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [key, docs] : grams) {
      std::string text;
      append_gram_text(text, key);
      out.grams.emplace_hint(out.grams.end(), std::move(text), std::move(docs));
    }
    for (auto& [word, docs] : words_.terms()) out.words.emplace(std::move(word), std::move(docs));
    return out;
  }

 private:
  TermPostings<GramKey> grams_;
  TermPostings<std::string> words_;
};

// The terms are found in parallel a block of documents at a time and added to the postings
// block by block: every document's terms held together cost more memory than the rest of a
// large build. Blocks and documents are added in order, so each postings list comes out
// ascending. The postings take one thread: they get the previous block while the other
// threads find the terms of the next.
constexpr std::size_t kTermBlock = 4096;

struct TermBlock {
  std::uint32_t first = 0;  ///< the number of the block's first document
  std::vector<DocumentTerms> terms;
};

void add_block(const TermBlock& block, PostingsTable& table) {
  for (std::size_t i = 0; i < block.terms.size(); ++i) table.add(static_cast<std::uint32_t>(block.first + i), block.terms[i]);
}

}  // namespace

InvertedTerms invert_document_terms(const std::vector<SearchDocument>& docs) {
  PostingsTable table;
  TermBlock next, previous;
  for (std::size_t first = 0; first < docs.size(); first += kTermBlock) {
    next.first = static_cast<std::uint32_t>(first);
    next.terms.resize(std::min(kTermBlock, docs.size() - first));
    parallel_for(next.terms.size() + 1, [&](std::size_t i) {
      if (i == 0) add_block(previous, table);  // taken first, by one thread
      else find_document_terms(docs[first + i - 1], next.terms[i - 1]);
    });
    std::swap(next, previous);
  }
  add_block(previous, table);
  return table.take();
}

}  // namespace tebiki
