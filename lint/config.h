// Lint settings: which rules run, at what severity, with which styles and word lists.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace tebiki {

enum class LongVowelStyle { Jis, Kokuji };
enum class PeriodStyle { Japanese, Western, Mixed };  ///< 、。 / ，． / ，。

/// Where an entry of a data file (glossary.yml, references.yml) is defined: the byte range of
/// its term or id, so that a finding about the entry points into that file.
struct DefinitionSite {
  std::string file;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;  ///< overrides the rule's default
};

/// Everything a rule may read. Plain data: the caller (CLI or generator) fills it.
struct LintConfig {
  std::map<std::string, RuleSetting> rules;     ///< by rule id
  std::set<std::string> only_rules;             ///< `--rule`: when not empty, run only these
  std::vector<std::string> dictionaries;        ///< prh YAML paths for the `terms` rule
  bool strict_dictionaries = false;
  LongVowelStyle long_vowel = LongVowelStyle::Jis;
  std::vector<std::string> long_vowel_keep;     ///< words whose ー stays (jis) / never added (kokuji)
  PeriodStyle periods = PeriodStyle::Japanese;
  /// Glossary data for the `glossary` rule (term → aliases), filled by the generator.
  std::map<std::string, std::vector<std::string>> glossary_terms;
  bool glossary_loaded = false;
  std::set<std::string> reference_ids;          ///< for the `references` rule
  bool references_loaded = false;
  std::map<std::string, DefinitionSite> glossary_sites;   ///< term → where glossary.yml defines it
  std::map<std::string, DefinitionSite> reference_sites;  ///< id → where references.yml defines it
  /// The book's pages (paths as linted). When some of them are not linted, entries never used
  /// or never cited are not reported: the pages left out may use them. Empty: all are linted.
  std::vector<std::string> book_pages;

  bool rule_enabled(const std::string& id, bool on_by_default = true) const;
  Severity severity(const std::string& id, Severity fallback) const;
};

}  // namespace tebiki
