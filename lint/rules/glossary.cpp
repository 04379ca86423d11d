#include "glossary.h"

#include <algorithm>
#include <atomic>
#include <cctype>

#include "book_coverage.h"
#include "citation_syntax.h"
#include "linter.h"
#include "term_boundary.h"

namespace tebiki {
namespace {

bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Maximal runs of ASCII letters: [begin, end) pairs.
std::vector<std::pair<std::size_t, std::size_t>> letter_runs(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && is_ascii_letter(text[i])) ++i;
    runs.emplace_back(start, i);
  }
  return runs;
}

bool is_abbreviation(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool joins_identifier(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == '_';
}

/// Letters joined to digits or '_' name a thing or a quantity, not an abbreviation to define:
/// MS08-067, KB958644, PC0457, WORM_DOWNAD, 100MB.
bool is_identifier_part(std::string_view text, std::size_t begin, std::size_t end) {
  return (begin > 0 && joins_identifier(text[begin - 1])) ||
         (end < text.size() && joins_identifier(text[end]));
}

/// Text ranges that are not checked for abbreviations: glossary names and citations.
bool is_covered(const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::size_t begin) {
  for (auto [from, to] : ranges) {
    if (begin >= from && begin < to) return true;
  }
  return false;
}

}  // namespace

GlossaryRule::GlossaryRule(const LintConfig& config)
    : sites_(config.glossary_sites),
      book_pages_(config.book_pages),
      alias_severity_(config.severity("glossary", Severity::Error)),
      warning_severity_(config.severity("glossary", Severity::Warning)) {
  auto add = [this](const std::string& written, const std::string& term, bool is_alias) {
    trie_.add(written, names_.size());
    names_.push_back({term, is_alias});
    for (auto [begin, end] : letter_runs(written)) {
      std::string word = written.substr(begin, end - begin);
      if (is_abbreviation(word)) defined_words_.insert(word);
    }
  };
  for (const auto& [term, aliases] : config.glossary_terms) {
    add(term, term, false);
    for (const std::string& alias : aliases) add(alias, term, true), alias_signs_.add(alias, term);
  }
}

std::vector<TermTrie::Match> GlossaryRule::names_in(const std::string& text) const {
  return trie_.scan(
      text, [&](const TermTrie::Match& m) { return on_term_boundary(text, m.begin, m.end); });
}

void GlossaryRule::check_file(const LintedFile& file, Diagnostics& out) const {
  for (const TextRun& run : file.runs) check_run(file, run, out);
}

// The names are looked up only where they can matter: a run that may hold an alias, or
// that has an abbreviation (whose letters may be part of a name). Most runs have neither.
void GlossaryRule::check_run(const LintedFile& file, const TextRun& run, Diagnostics& out) const {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  bool abbreviations = std::ranges::adjacent_find(run.text, [&](char a, char b) { return upper(a) && upper(b); }) !=
                       run.text.end();
  if (!abbreviations && !alias_signs_.may_hold_alias(run.text)) return;
  std::vector<TermTrie::Match> names = names_in(run.text);
  for (const TermTrie::Match& m : names) {
    const Name& name = names_[m.id];
    if (!name.is_alias) continue;
    std::string written = run.text.substr(m.begin, m.end - m.begin);
    out.push_back(make_diagnostic(file, run, m.begin, m.end, "glossary", alias_severity_,
                                  "「" + written + "」は用語集の「" + name.term + "」と書く",
                                  name.term));
  }
  if (abbreviations) check_abbreviations(file, run, names, out);
}

void GlossaryRule::check_abbreviations(const LintedFile& file, const TextRun& run,
                                       const std::vector<TermTrie::Match>& names,
                                       Diagnostics& out) const {
  std::vector<std::pair<std::size_t, std::size_t>> covered;
  for (const TermTrie::Match& m : names) covered.emplace_back(m.begin, m.end);
  for (const Citation& c : find_citations(run.text)) covered.emplace_back(c.begin, c.end);
  for (auto [begin, end] : letter_runs(run.text)) {
    std::string word = run.text.substr(begin, end - begin);
    if (!is_abbreviation(word) || defined_words_.count(word)) continue;
    if (is_identifier_part(run.text, begin, end) || is_covered(covered, begin)) continue;
    out.push_back(make_diagnostic(file, run, begin, end, "glossary", warning_severity_,
                                  "「" + word + "」は用語集にない略語", std::nullopt));
  }
}

// Which terms the book uses: files are scanned in parallel, and the scan stops once every
// term has been seen (a book that uses its whole glossary, the usual case, is not read twice).
void GlossaryRule::check_book(std::span<const LintedFile> files, Diagnostics& out) const {
  if (!lints_whole_book(book_pages_, files)) return;
  std::map<std::string_view, std::size_t> site_number;
  for (const auto& [term, site] : sites_) site_number.emplace(term, site_number.size());
  std::vector<std::size_t> site_of(names_.size(), sites_.size());  // sites_.size(): no site
  for (std::size_t id = 0; id < names_.size(); ++id) {
    if (auto it = site_number.find(names_[id].term); it != site_number.end()) site_of[id] = it->second;
  }
  std::vector<std::atomic<bool>> seen(sites_.size());
  std::atomic<std::size_t> unseen = sites_.size();
  parallel_for(files.size(), [&](std::size_t i) {
    for (const TextRun& run : files[i].runs) {
      if (unseen.load(std::memory_order_relaxed) == 0) return;
      for (const TermTrie::Match& m : names_in(run.text)) {
        std::size_t site = site_of[m.id];
        if (site < seen.size() && !seen[site].exchange(true)) unseen.fetch_sub(1);
      }
    }
  });
  std::size_t number = 0;
  for (const auto& [term, site] : sites_) {
    if (seen[number++]) continue;
    out.push_back({"glossary", warning_severity_, site.file, site.begin, site.end,
                   "用語集の「" + term + "」はどのページでも使われていない", std::nullopt});
  }
}

std::unique_ptr<Rule> make_glossary_rule(const LintConfig& config) {
  if (!config.glossary_loaded) return nullptr;
  return std::make_unique<GlossaryRule>(config);
}

}  // namespace tebiki
