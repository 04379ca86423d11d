// prh dictionaries (YAML): rules read with prh's semantics, imports, specs checked at load,
// and the strict checks that report what prh accepts silently.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "prh_rule.h"
#include "source.h"

namespace tebiki {

struct PrhDictionary {
  std::vector<PrhRule> rules;  ///< in prh's order: a file's own rules, then its imports'
};

struct DictionaryOptions {
  /// Also report unknown keys, rules shadowed by an import or an earlier dictionary, and a
  /// replacement that its own pattern matches again (`ベンダ` → `ベンダー`).
  bool strict = false;
};

/// Loads a dictionary file with its imports. Every problem goes to *errors with its
/// location; nullopt when there was any.
std::optional<PrhDictionary> load_prh_dictionary(const std::string& path,
                                                 const DictionaryOptions& options,
                                                 std::vector<SourceError>* errors);

/// Loads a dictionary held in memory (a built-in one); `path` names it in messages and
/// imports resolve from its folder.
std::optional<PrhDictionary> load_prh_dictionary_text(const std::string& path,
                                                      const std::string& text,
                                                      const DictionaryOptions& options,
                                                      std::vector<SourceError>* errors);

/// Loads several dictionaries and merges them in order, as textlint-rule-prh does.
std::optional<PrhDictionary> load_prh_dictionaries(std::span<const std::string> paths,
                                                   const DictionaryOptions& options,
                                                   std::vector<SourceError>* errors);

/// Adds the rules of `other` whose expected is new (prh's Engine.merge: the first expected
/// wins). In strict mode each rule left out is reported as shadowed.
void merge_dictionary(PrhDictionary& into, PrhDictionary other, const DictionaryOptions& options,
                      std::vector<SourceError>* errors);

}  // namespace tebiki
