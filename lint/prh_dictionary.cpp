#include "prh_dictionary.h"

#include <filesystem>
#include <map>

#include "prh_reader.h"

namespace tebiki {
namespace {

std::string canonical_path(const std::string& path) {
  std::error_code ignored;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ignored);
  return canonical.empty() ? path : canonical.string();
}

std::string location(const PrhRule& rule) {
  return rule.path + ':' + std::to_string(rule.where.line) + ':' +
         std::to_string(rule.where.column);
}

}  // namespace

std::optional<PrhDictionary> load_dictionary_file(const SourceFile& file, bool follow,
                                                  ImportChain& chain,
                                                  const DictionaryOptions& options,
                                                  std::vector<SourceError>* errors) {
  std::size_t errors_before = errors->size();
  DictionaryReader reader(file, options, errors);
  auto root = reader.parse();
  if (!root) return std::nullopt;
  PrhDictionary dictionary;
  if (root->IsMap()) {
    reader.check_keys(*root, {"version", "rules", "imports", "targets", "meta"}, "dictionary");
    dictionary.rules = reader.rules((*root)["rules"]);
    chain.files.push_back(canonical_path(file.path()));
    if (follow) follow_imports(reader, (*root)["imports"], dictionary, chain);
    chain.files.pop_back();
  } else if (!root->IsNull()) {
    reader.error(*root, "a prh dictionary must be a mapping with 'rules'");
  }
  if (errors->size() > errors_before) return std::nullopt;
  return dictionary;
}

std::optional<PrhDictionary> load_prh_dictionary_text(const std::string& path,
                                                      const std::string& text,
                                                      const DictionaryOptions& options,
                                                      std::vector<SourceError>* errors) {
  if (auto invalid = validate_utf8(path, text)) {
    errors->push_back(*invalid);
    return std::nullopt;
  }
  ImportChain chain;
  return load_dictionary_file(SourceFile(path, text), true, chain, options, errors);
}

std::optional<PrhDictionary> load_prh_dictionary(const std::string& path,
                                                 const DictionaryOptions& options,
                                                 std::vector<SourceError>* errors) {
  SourceError unreadable;
  auto file = read_source(path, &unreadable);
  if (!file) {
    errors->push_back(unreadable);
    return std::nullopt;
  }
  ImportChain chain;
  return load_dictionary_file(*file, true, chain, options, errors);
}

std::optional<PrhDictionary> load_prh_dictionaries(std::span<const std::string> paths,
                                                   const DictionaryOptions& options,
                                                   std::vector<SourceError>* errors) {
  std::size_t errors_before = errors->size();
  PrhDictionary merged;
  for (const std::string& path : paths) {
    auto dictionary = load_prh_dictionary(path, options, errors);
    if (dictionary) merge_dictionary(merged, std::move(*dictionary), options, errors);
  }
  if (errors->size() > errors_before) return std::nullopt;
  return merged;
}

void merge_dictionary(PrhDictionary& into, PrhDictionary other, const DictionaryOptions& options,
                      std::vector<SourceError>* errors) {
  if (into.rules.empty()) {  // nothing to shadow: all stay, in order, without a copy
    into.rules = std::move(other.rules);
    return;
  }
  // Reserved first: the pointers below stay valid, and no rule is copied by a reallocation.
  into.rules.reserve(into.rules.size() + other.rules.size());
  std::map<std::string, const PrhRule*> by_expected;
  for (const PrhRule& rule : into.rules) by_expected.emplace(rule.expected, &rule);
  for (PrhRule& rule : other.rules) {
    auto first = by_expected.find(rule.expected);
    if (first == by_expected.end()) {  // rules of one file with the same expected all stay
      into.rules.push_back(std::move(rule));
      continue;
    }
    if (options.strict) {
      errors->push_back(SourceError{rule.path, rule.where,
                                    rule_name(rule.expected) + " is shadowed by the rule at " +
                                        location(*first->second) +
                                        " with the same expected (prh keeps the first)", true});
    }
  }
}

}  // namespace tebiki
