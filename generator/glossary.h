// Appendix B: glossary.yml loaded and checked, sorted by reading in Japanese collation order,
// grouped under あ/か/さ… headings, and the first use of each term per section linked.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

struct GlossaryEntry {
  std::string term;
  std::string reading;
  std::string en;
  std::vector<std::string> aliases;
  std::string description;   ///< Markdown
  std::vector<std::string> see;
  std::string anchor;        ///< "term-…", unique
  std::string tip;           ///< plain text of the rendered description (glossary_tips)
  std::size_t line = 0;      ///< in glossary.yml, for messages
  std::size_t offset = 0;    ///< byte offset of the term's value in glossary.yml
  /// Sections that use the term: (page index, heading index), in book order, each once.
  std::vector<std::pair<std::size_t, std::size_t>> used_in;
};

struct Glossary {
  std::string path;          ///< glossary.yml as given
  std::vector<GlossaryEntry> entries;  ///< sorted by reading
  std::string page_output;   ///< the Appendix B page, e.g. "glossary.html"; empty if none
  bool allow_html = false;   ///< raw HTML in descriptions passes (tebiki.yml allow_html)
  std::string language = "ja";  ///< the book's, for the page's own words (関連：, 使用箇所：)

  const GlossaryEntry* find(const std::string& term) const;
};

/// Loads and checks glossary.yml: a missing or non-kana reading, a duplicate term or alias,
/// an alias equal to a term, and `see` naming no entry are located errors (exit 2).
std::optional<Glossary> load_glossary(const BookConfig& config, std::vector<SourceError>* errors);

/// Sorts entries by reading with ICU's Japanese collator (ties by term).
void sort_by_reading(std::vector<GlossaryEntry>& entries);

/// The index heading of a reading from ICU's AlphabeticIndex for Japanese: あ, か, … or A–Z.
std::vector<std::string> index_labels(const std::vector<std::string>& readings);

}  // namespace tebiki
