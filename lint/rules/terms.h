// Rule `terms`: the agreed terminology of prh dictionaries (the config's and --dictionary's),
// with the findings textlint-rule-prh gives on the same text.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dictionary_matcher.h"
#include "prh_dictionary.h"
#include "rule.h"

namespace tebiki {

/// A rule kind fed by a prh dictionary; `terms` and `kana-kanji` are two instances.
class TermsRule : public Rule {
 public:
  TermsRule(std::string id, Severity severity, PrhDictionary dictionary);
  TermsRule(const TermsRule&) = delete;
  TermsRule& operator=(const TermsRule&) = delete;

  std::string_view id() const override { return id_; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;

 private:
  void check_run(const LintedFile& file, const TextRun& run, MatchSession& session,
                 Diagnostics& out) const;
  void report_timeouts(const LintedFile& file, const TextRun& run, const Utf16Text& text,
                       const std::vector<MatchTimeout>& timeouts, std::size_t from,
                       Diagnostics& out) const;

  std::string id_;
  Severity severity_;
  PrhDictionary dictionary_;
  DictionaryMatcher matcher_;  ///< refers to dictionary_.rules: declared after it
};

/// The `terms` rule over the config's dictionaries, merged in order. nullptr when there is
/// none, or when one does not load (each problem is appended to *errors).
std::unique_ptr<Rule> make_terms_rule(const LintConfig& config, std::vector<SourceError>* errors);

/// 「X」は「Y」と書く, or 「X」は削除する for an empty replacement, followed by the rule's
/// prh note in parentheses when it has one.
std::string term_message(const std::string& matched, const std::string& replacement,
                         const std::string& note);

}  // namespace tebiki
