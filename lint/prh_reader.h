// Reading one prh dictionary file: YAML nodes to compiled rules, each problem located.
// Shared by the loader (prh_dictionary.cpp) and the imports (prh_imports.cpp).
#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prh_dictionary.h"

namespace tebiki {

class DictionaryReader {
 public:
  DictionaryReader(const SourceFile& file, const DictionaryOptions& options,
                   std::vector<SourceError>* errors)
      : file_(file), options_(options), errors_(errors) {}

  /// The YAML document; nullopt (reported) when it does not parse.
  std::optional<YAML::Node> parse() const;
  /// The rules of a `rules` list, each compiled and its specs run; bad ones are reported.
  std::vector<PrhRule> rules(const YAML::Node& list) const;
  /// Always: a key given twice (js-yaml refuses it). Strict: keys prh does not read.
  void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                  std::string_view what) const;
  void error(const YAML::Node& node, const std::string& message) const;

  const SourceFile& file() const { return file_; }
  const DictionaryOptions& options() const { return options_; }
  std::vector<SourceError>* errors() const { return errors_; }

 private:
  std::optional<PrhRule> rule(const YAML::Node& node) const;
  bool read_mapping(const YAML::Node& node, PrhRule& rule, RulePatternSource& source) const;
  bool read_patterns(const YAML::Node& node, RulePatternSource& source) const;
  bool flatten_patterns(const YAML::Node& node, std::vector<std::string>& out,
                        std::size_t& budget) const;
  bool read_must_be_empty(const YAML::Node& node, PrhRule& rule) const;
  bool read_options(const YAML::Node& node, RulePatternSource& source) const;
  bool read_specs(const YAML::Node& node, PrhRule& rule) const;
  Position position(const YAML::Mark& mark) const;

  const SourceFile& file_;
  const DictionaryOptions& options_;
  std::vector<SourceError>* errors_;
};

/// Nodes one rule's patterns may take once aliases are expanded: nested aliases can make a
/// short file name billions of patterns ("billion laughs").
inline constexpr std::size_t kMaxPatternNodes = 10000;
/// Dictionary files one load may read, imports of imports included: a file importing another
/// twice, which imports a third twice, and so on, doubles the loads at each level.
inline constexpr std::size_t kMaxImportedFiles = 1000;

struct ImportChain {
  std::vector<std::string> files;  ///< canonical paths being loaded, outermost first (cycles)
  std::size_t loaded = 0;          ///< files read so far by this load
};

/// Loads one dictionary file and, when `follow_imports`, what it imports.
std::optional<PrhDictionary> load_dictionary_file(const SourceFile& file, bool follow_imports,
                                                  ImportChain& chain,
                                                  const DictionaryOptions& options,
                                                  std::vector<SourceError>* errors);

/// Follows a file's `imports`, merging each imported dictionary into `into` as prh does.
void follow_imports(const DictionaryReader& reader, const YAML::Node& imports, PrhDictionary& into,
                    ImportChain& chain);

/// "rule 「expected」", how messages name a rule.
std::string rule_name(const std::string& expected);

}  // namespace tebiki
