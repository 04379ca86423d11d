#include "prh_reader.h"

#include <algorithm>
#include <set>

#include "prh_checks.h"

namespace tebiki {
namespace {

std::optional<std::string> scalar(const YAML::Node& node) {
  if (node && node.IsScalar()) return node.Scalar();
  return std::nullopt;
}

bool is_absent(const YAML::Node& node) {
  return !node || node.IsNull();
}

/// `$N` as prh reads regexpMustEmpty (/^\$([0-9]+)$/).
std::optional<int> group_reference(const std::string& text) {
  if (text.size() < 2 || text.size() > 10 || text[0] != '$') return std::nullopt;
  if (text.find_first_not_of("0123456789", 1) != std::string::npos) return std::nullopt;
  return std::stoi(text.substr(1));
}

}  // namespace

std::string rule_name(const std::string& expected) {
  return "rule 「" + expected + "」";
}

Position DictionaryReader::position(const YAML::Mark& mark) const {
  if (mark.pos < 0) return Position{};
  return file_.position(static_cast<std::size_t>(mark.pos));
}

void DictionaryReader::error(const YAML::Node& node, const std::string& message) const {
  errors_->push_back(SourceError{file_.path(), position(node.Mark()), message, true});
}

std::optional<YAML::Node> DictionaryReader::parse() const {
  try {
    return YAML::Load(file_.text());
  } catch (const YAML::DeepRecursion& e) {  // yaml-cpp's own message is "bad file"
    errors_->push_back(
        SourceError{file_.path(), position(e.mark), "invalid YAML: nested too deeply", true});
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    errors_->push_back(SourceError{file_.path(), position(e.mark), "invalid YAML: " + e.msg, true});
    return std::nullopt;
  }
}

void DictionaryReader::check_keys(const YAML::Node& map,
                                  std::initializer_list<std::string_view> known,
                                  std::string_view what) const {
  std::set<std::string> seen;
  for (const auto& entry : map) {
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
    if (!seen.insert(key).second) error(entry.first, "key '" + key + "' given twice");
    bool is_known = std::find(known.begin(), known.end(), key) != known.end();
    if (options_.strict && !is_known) {
      error(entry.first, "unknown key '" + key + "' in " + std::string(what) + " (prh ignores it)");
    }
  }
}

std::vector<PrhRule> DictionaryReader::rules(const YAML::Node& list) const {
  std::vector<PrhRule> loaded;
  if (is_absent(list)) return loaded;
  if (!list.IsSequence()) {
    error(list, "'rules' must be a list");
    return loaded;
  }
  loaded.reserve(list.size());  // a rule's regex and sets are copied, not moved, on growth
  for (const YAML::Node& node : list) {
    auto rule = this->rule(node);
    if (!rule) continue;
    check_specs(*rule, errors_);
    if (options_.strict) check_replacement_settles(*rule, errors_);
    loaded.push_back(std::move(*rule));
  }
  return loaded;
}

std::optional<PrhRule> DictionaryReader::rule(const YAML::Node& node) const {
  PrhRule rule;
  rule.path = file_.path();
  rule.where = position(node.Mark());
  RulePatternSource source;
  if (node.IsScalar()) {
    source.expected = node.Scalar();  // a bare string is its own expected
  } else if (!node.IsMap()) {
    error(node, "a rule must be a string or a mapping");
    return std::nullopt;
  } else if (!read_mapping(node, rule, source)) {
    return std::nullopt;
  }
  rule.expected = source.expected;
  std::string problem;
  auto compiled = compile_rule_pattern(source, &problem);
  if (!compiled) {
    error(node, rule_name(rule.expected) + ": " + problem);
    return std::nullopt;
  }
  rule.pattern = std::move(*compiled);
  if (options_.strict && rule.must_be_empty && *rule.must_be_empty > rule.pattern.group_count) {
    error(node["regexpMustEmpty"], rule_name(rule.expected) + ": regexpMustEmpty names no group");
  }
  return rule;
}

bool DictionaryReader::read_mapping(const YAML::Node& node, PrhRule& rule,
                                    RulePatternSource& source) const {
  check_keys(node,
             {"expected", "pattern", "patterns", "regexpMustEmpty", "options", "specs", "prh"},
             "rule");
  auto expected = scalar(node["expected"]);
  if (!expected) {
    error(node, is_absent(node["expected"]) ? "rule has no expected" : "expected must be a string");
    return false;
  }
  source.expected = *expected;
  if (auto note = scalar(node["prh"])) rule.note = *note;
  return read_patterns(node, source) && read_must_be_empty(node, rule) &&
         read_options(node["options"], source) && read_specs(node["specs"], rule);
}

bool DictionaryReader::read_patterns(const YAML::Node& node, RulePatternSource& source) const {
  YAML::Node pattern = node["pattern"], patterns = node["patterns"];
  bool has_pattern = !is_absent(pattern), has_patterns = !is_absent(patterns);
  if (has_pattern && has_patterns && options_.strict) {
    error(patterns,
          rule_name(source.expected) + ": both pattern and patterns (prh ignores patterns)");
  }
  if (!has_pattern && !has_patterns) return true;
  source.patterns_given = true;
  const YAML::Node& given = has_pattern ? pattern : patterns;
  std::size_t budget = kMaxPatternNodes;
  if (flatten_patterns(given, source.patterns, budget)) return true;
  if (budget == 0) {
    error(given, rule_name(source.expected) + ": more than " + std::to_string(kMaxPatternNodes) +
                     " patterns once aliases are expanded; the dictionary is refused");
  }
  return false;
}

bool DictionaryReader::flatten_patterns(const YAML::Node& node, std::vector<std::string>& out,
                                        std::size_t& budget) const {
  if (budget == 0) return false;  // reported by read_patterns
  --budget;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
    return true;
  }
  if (!node.IsSequence()) {
    error(node, "a pattern must be a string or a list of strings");
    return false;
  }
  for (const YAML::Node& item : node) {
    if (!flatten_patterns(item, out, budget)) return false;  // prh nests lists as alternatives too
  }
  return true;
}

bool DictionaryReader::read_must_be_empty(const YAML::Node& node, PrhRule& rule) const {
  YAML::Node value = node["regexpMustEmpty"];
  if (is_absent(value)) return true;
  auto text = scalar(value);
  rule.must_be_empty = text ? group_reference(*text) : std::nullopt;
  if (!rule.must_be_empty) error(value, "regexpMustEmpty must be a group reference like $1");
  return rule.must_be_empty.has_value();
}

bool DictionaryReader::read_options(const YAML::Node& node, RulePatternSource& source) const {
  if (is_absent(node)) return true;
  if (!node.IsMap()) {
    error(node, "options must be a mapping");
    return false;
  }
  check_keys(node, {"wordBoundary"}, "options");
  YAML::Node boundary = node["wordBoundary"];
  if (is_absent(boundary)) return true;
  if (!YAML::convert<bool>::decode(boundary, source.word_boundary)) {
    error(boundary, "wordBoundary must be true or false");
    return false;
  }
  return true;
}

bool DictionaryReader::read_specs(const YAML::Node& node, PrhRule& rule) const {
  if (is_absent(node)) return true;
  if (!node.IsSequence()) {
    error(node, "specs must be a list");
    return false;
  }
  for (const YAML::Node& spec : node) {
    auto from = spec.IsMap() ? scalar(spec["from"]) : std::nullopt;
    auto to = spec.IsMap() ? scalar(spec["to"]) : std::nullopt;
    if (spec.IsMap()) check_keys(spec, {"from", "to"}, "spec");
    if (!from || from->empty() || !to) {
      error(spec, "a spec needs 'from' and 'to' strings");
      return false;
    }
    rule.specs.push_back(PrhSpec{*from, *to, position(spec.Mark())});
  }
  return true;
}

}  // namespace tebiki
