// prh's `imports`: other dictionaries merged after a file's own rules, each optionally with
// its own imports disabled and some of its rules ignored.
#include <algorithm>
#include <filesystem>

#include "prh_reader.h"

namespace tebiki {
namespace {

/// An `ignoreRules` entry: a rule is ignored when its pattern prints as `pattern` (prh's
/// `/source/flags`) or its expected is `expected`.
struct IgnoreRule {
  std::optional<std::string> pattern;
  std::optional<std::string> expected;
  YAML::Node node;
  bool used = false;
};

struct ImportSpec {
  std::string path;
  bool disable_imports = false;
  std::vector<IgnoreRule> ignore_rules;
  YAML::Node node;
};

std::optional<std::string> scalar(const YAML::Node& node) {
  if (node && node.IsScalar()) return node.Scalar();
  return std::nullopt;
}

std::optional<IgnoreRule> read_ignore_rule(const DictionaryReader& reader, const YAML::Node& node) {
  if (node.IsScalar()) return IgnoreRule{node.Scalar(), std::nullopt, node};
  if (node.IsMap()) {
    reader.check_keys(node, {"pattern", "expected"}, "ignoreRules entry");
    IgnoreRule rule{scalar(node["pattern"]), scalar(node["expected"]), node};
    if (rule.pattern || rule.expected) return rule;
  }
  reader.error(node,
               "an ignoreRules entry must be a pattern or a mapping with pattern or expected");
  return std::nullopt;
}

std::optional<ImportSpec> read_import(const DictionaryReader& reader, const YAML::Node& node) {
  if (node.IsScalar()) return ImportSpec{node.Scalar(), false, {}, node};
  auto path = node.IsMap() ? scalar(node["path"]) : std::nullopt;
  if (!path) {
    reader.error(node, "an import must be a path or a mapping with 'path'");
    return std::nullopt;
  }
  reader.check_keys(node, {"path", "disableImports", "ignoreRules"}, "import");
  ImportSpec spec{*path, false, {}, node};
  YAML::Node disable = node["disableImports"];
  if (disable && !disable.IsNull() && !YAML::convert<bool>::decode(disable, spec.disable_imports)) {
    reader.error(disable, "disableImports must be true or false");
    return std::nullopt;
  }
  YAML::Node ignores = node["ignoreRules"];
  if (ignores && ignores.IsSequence()) {
    for (const YAML::Node& item : ignores) {
      if (auto ignore = read_ignore_rule(reader, item)) spec.ignore_rules.push_back(*ignore);
    }
  } else if (ignores && !ignores.IsNull()) {
    reader.error(ignores, "ignoreRules must be a list");
  }
  return spec;
}

std::vector<ImportSpec> read_imports(const DictionaryReader& reader, const YAML::Node& imports) {
  std::vector<ImportSpec> specs;
  if (!imports || imports.IsNull()) return specs;
  if (imports.IsScalar()) {
    if (auto spec = read_import(reader, imports)) specs.push_back(*spec);
  } else if (imports.IsSequence()) {
    for (const YAML::Node& node : imports) {
      if (auto spec = read_import(reader, node)) specs.push_back(*spec);
    }
  } else {
    reader.error(imports, "'imports' must be a path or a list");
  }
  return specs;
}

std::string describe_cycle(const ImportChain& chain, std::size_t from, const std::string& again) {
  std::string cycle;
  for (std::size_t i = from; i < chain.files.size(); ++i) {
    cycle += std::filesystem::path(chain.files[i]).filename().string() + " → ";
  }
  return cycle + std::filesystem::path(again).filename().string();
}

void drop_ignored(const DictionaryReader& reader, ImportSpec& spec, PrhDictionary& imported) {
  std::erase_if(imported.rules, [&](const PrhRule& rule) {
    bool ignored = false;
    for (IgnoreRule& ignore : spec.ignore_rules) {
      bool hit = (ignore.pattern && *ignore.pattern == rule.pattern.prh_form) ||
                 (ignore.expected && *ignore.expected == rule.expected);
      ignore.used = ignore.used || hit;
      ignored = ignored || hit;
    }
    return ignored;
  });
  if (!reader.options().strict) return;
  for (const IgnoreRule& ignore : spec.ignore_rules) {
    if (!ignore.used)
      reader.error(ignore.node, "this ignoreRules entry matches no rule of " + spec.path);
  }
}

void import_one(const DictionaryReader& reader, ImportSpec& spec, PrhDictionary& into,
                ImportChain& chain) {
  // prh joins the path to the importing file's folder; an absolute path stays absolute here.
  std::filesystem::path base = std::filesystem::path(reader.file().path()).parent_path();
  std::string path = (base / spec.path).lexically_normal().string();
  std::error_code ignored;
  std::string canonical = std::filesystem::weakly_canonical(path, ignored).string();
  auto cycle_start = std::find(chain.files.begin(), chain.files.end(), canonical);
  if (cycle_start != chain.files.end()) {
    std::size_t from = static_cast<std::size_t>(cycle_start - chain.files.begin());
    reader.error(spec.node, "import cycle: " + describe_cycle(chain, from, canonical));
    return;
  }
  if (++chain.loaded > kMaxImportedFiles) {
    if (chain.loaded == kMaxImportedFiles + 1) {
      reader.error(spec.node, "more than " + std::to_string(kMaxImportedFiles) +
                                  " dictionary files imported in all; the dictionary is refused");
    }
    return;
  }
  SourceError unreadable;
  auto file = read_source(path, &unreadable);
  if (!file) {
    reader.error(spec.node, "cannot import '" + spec.path + "': " + unreadable.message);
    return;
  }
  auto imported =
      load_dictionary_file(*file, !spec.disable_imports, chain, reader.options(), reader.errors());
  if (!imported) return;
  drop_ignored(reader, spec, *imported);
  merge_dictionary(into, std::move(*imported), reader.options(), reader.errors());
}

}  // namespace

void follow_imports(const DictionaryReader& reader, const YAML::Node& imports, PrhDictionary& into,
                    ImportChain& chain) {
  for (ImportSpec& spec : read_imports(reader, imports)) import_one(reader, spec, into, chain);
}

}  // namespace tebiki
