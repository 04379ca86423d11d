#include "lint_fixture.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include "registry.h"

namespace tebiki {
namespace {

constexpr std::string_view kOptions = "<!-- tebiki-fixture:";
constexpr std::string_view kMessages = "<!-- CHECK-MESSAGES:";
constexpr std::string_view kFixes = "<!-- CHECK-FIXES:";

/// Reports problems as "path:line: message".
class ProblemLog {
 public:
  ProblemLog(const SourceFile& file, std::vector<std::string>* out) : file_(file), out_(out) {}
  void add(std::size_t line, const std::string& message) const {
    out_->push_back(file_.path() + ":" + std::to_string(line) + ": " + message);
  }

 private:
  const SourceFile& file_;
  std::vector<std::string>* out_;
};

std::string trim(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t"), end = text.find_last_not_of(" \t");
  return begin == std::string_view::npos ? "" : std::string(text.substr(begin, end - begin + 1));
}

/// The text between `marker` and the closing `-->` of a comment line; nullopt-like false.
bool annotation(std::string_view line, std::string_view marker, std::string* body) {
  std::size_t at = line.find(marker);
  if (at == std::string_view::npos) return false;
  std::size_t close = line.find("-->", at + marker.size());
  *body = trim(line.substr(at + marker.size(), close - (at + marker.size())));
  return true;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

bool is_rule_id(const std::string& id) {
  const auto& ids = rule_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// The rule a fixture is named after: its stem, or the longest rule id before a '-' in it.
std::string rule_named_by(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  for (std::string candidate = stem; !candidate.empty();) {
    if (is_rule_id(candidate)) return candidate;
    std::size_t dash = candidate.rfind('-');
    candidate = dash == std::string::npos ? "" : candidate.substr(0, dash);
  }
  return "";
}

void apply_option(const std::string& key, const std::string& value, const std::string& dir,
                  Fixture& fixture, std::set<std::string>& rules, const ProblemLog& log) {
  LintConfig& config = fixture.config;
  if (key == "dictionary") {
    for (const auto& name : split_list(value)) config.dictionaries.push_back(dir + "/" + name);
  } else if (key == "long-vowel" && (value == "jis" || value == "kokuji")) {
    config.long_vowel = value == "jis" ? LongVowelStyle::Jis : LongVowelStyle::Kokuji;
  } else if (key == "long-vowel-keep") {
    config.long_vowel_keep = split_list(value);
  } else if (key == "periods" && (value == "japanese" || value == "western" || value == "mixed")) {
    config.periods = value == "japanese"  ? PeriodStyle::Japanese
                     : value == "western" ? PeriodStyle::Western
                                          : PeriodStyle::Mixed;
  } else if (key == "strict" && (value == "true" || value == "false")) {
    config.strict_dictionaries = value == "true";
  } else if (key == "glossary") {
    fixture.glossary = dir + "/" + value;
  } else if (key == "references") {
    fixture.references = dir + "/" + value;
  } else if (key == "rules") {
    for (const auto& id : split_list(value)) rules.insert(id);
  } else {
    log.add(1, "unknown fixture option " + key + "=" + value);
  }
}

void read_options(const std::string& body, const std::string& dir, Fixture& fixture,
                  std::set<std::string>& rules, const ProblemLog& log) {
  std::istringstream words(body);
  for (std::string word; words >> word;) {
    std::size_t equals = word.find('=');
    if (equals == std::string::npos) {
      log.add(1, "fixture option without '=': " + word);
      continue;
    }
    apply_option(word.substr(0, equals), word.substr(equals + 1), dir, fixture, rules, log);
  }
}

/// `:[[@LINE-1]]:3: error: message [rule-id]`, `:12:3: …` or `other.yml:12:3: …`
bool parse_message(const std::string& body, std::size_t at_line, ExpectedMessage* out) {
  static const std::regex pattern(
      R"(^([^:\s]*):(?:\[\[@LINE(?:([+-])([0-9]+))?\]\]|([0-9]+)):([0-9]+): (error|warning|note): (.*) \[([a-z0-9-]+)\]$)");
  std::smatch m;
  if (!std::regex_match(body, m, pattern)) return false;
  std::size_t line = at_line;
  if (m[4].matched) {
    line = std::stoul(m[4]);
  } else if (m[2].matched) {
    std::size_t delta = std::stoul(m[3]);
    if (m[2] == "-" && delta >= line) return false;
    line = m[2] == "-" ? line - delta : line + delta;
  }
  *out = {m[1], line, std::stoul(m[5]), m[6], m[7], m[8], at_line};
  return true;
}

}  // namespace

Fixture read_fixture(const SourceFile& file, std::vector<std::string>* problems) {
  Fixture fixture;
  ProblemLog log(file, problems);
  std::set<std::string> option_rules, checked_rules;
  std::string dir = std::filesystem::path(file.path()).parent_path().string();
  if (dir.empty()) dir = ".";
  std::string body;
  if (annotation(file.line_text(1), kOptions, &body))
    read_options(body, dir, fixture, option_rules, log);
  for (std::size_t line = 1; line <= file.line_count(); ++line) {
    std::string_view text = file.line_text(line);
    if (annotation(text, kMessages, &body)) {
      ExpectedMessage expected;
      if (!parse_message(body, line, &expected)) {
        log.add(line, "malformed CHECK-MESSAGES: " + body);
        continue;
      }
      checked_rules.insert(expected.rule);
      fixture.messages.push_back(std::move(expected));
    } else if (annotation(text, kFixes, &body)) {
      fixture.fixes.push_back({body, line});
    }
  }
  std::set<std::string> rules = option_rules.empty() ? checked_rules : option_rules;
  if (option_rules.empty() && !rule_named_by(file.path()).empty())
    rules.insert(rule_named_by(file.path()));
  for (const auto& id : rules) {
    if (!is_rule_id(id)) log.add(1, "unknown rule id " + id);
  }
  fixture.config.only_rules =
      rules.empty() ? std::set<std::string>(rule_ids().begin(), rule_ids().end()) : rules;
  return fixture;
}

}  // namespace tebiki
