// Rule `glossary`: the prose against the book's glossary (LintConfig::glossary_terms, filled
// from glossary.yml by the caller). An alias written instead of its term is an error fixed to
// the term (「一次対処」→「一次対応」); an upper-case abbreviation of two or more ASCII letters
// that the glossary does not define is a warning (a term or alias, or an upper-case word of
// one, defines it: ISO/IEC defines ISO; letters joined to digits or '_' are identifiers such
// as MS08-067 and are skipped); so is an entry that no linted page uses, reported at the
// entry in glossary.yml. Without a glossary the rule is not created.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "alias_signs.h"
#include "rule.h"
#include "term_trie.h"

namespace tebiki {

class GlossaryRule : public Rule {
 public:
  explicit GlossaryRule(const LintConfig& config);
  std::string_view id() const override { return "glossary"; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;
  void check_book(std::span<const LintedFile> files, Diagnostics& out) const override;
  bool needs_book() const override { return true; }

 private:
  /// A term or one of its aliases, as the trie finds it.
  struct Name {
    std::string term;
    bool is_alias = false;
  };

  /// Terms and aliases in the text, longest first, where a term may stand (term_boundary.h).
  std::vector<TermTrie::Match> names_in(const std::string& text) const;
  void check_run(const LintedFile& file, const TextRun& run, Diagnostics& out) const;
  void check_abbreviations(const LintedFile& file, const TextRun& run,
                           const std::vector<TermTrie::Match>& names, Diagnostics& out) const;

  std::vector<Name> names_;
  TermTrie trie_;
  AliasSigns alias_signs_;  ///< runs without any alias's sign are not looked up for aliases
  std::set<std::string> defined_words_;  ///< upper-case ASCII words of terms and aliases
  std::map<std::string, DefinitionSite> sites_;
  std::vector<std::string> book_pages_;
  Severity alias_severity_;
  Severity warning_severity_;
};

/// The rule, or nullptr when no glossary was loaded (nothing to check against).
std::unique_ptr<Rule> make_glossary_rule(const LintConfig& config);

}  // namespace tebiki
