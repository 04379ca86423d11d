#include "prh_checks.h"

#include "dictionary_matcher.h"
#include "prh_reader.h"

namespace tebiki {
namespace {

/// The rule alone applied to a text; nullopt when its regex ran out of time.
std::optional<std::string> apply_rule(MatchSession& session, const std::string& text,
                                      std::vector<TermMatch>* found = nullptr) {
  Utf16Text converted = to_utf16(text);
  std::vector<TermMatch> matches = session.find(converted.text);
  if (!session.timeouts().empty()) return std::nullopt;
  if (found) *found = matches;
  return apply_matches(converted, text, matches);
}

std::string quoted(const std::string& text) {
  return "「" + text + "」";
}

}  // namespace

void check_specs(const PrhRule& rule, std::vector<SourceError>* errors) {
  if (rule.specs.empty()) return;
  DictionaryMatcher alone(std::span(&rule, 1), kSpecTimeLimit);
  MatchSession session(alone);
  for (const PrhSpec& spec : rule.specs) {
    auto result = apply_rule(session, spec.from);
    std::string name = rule_name(rule.expected);
    if (!result) {
      errors->push_back(SourceError{rule.path, spec.where,
                                    name + ": pattern " + rule.pattern.prh_form +
                                        " ran out of time on spec " + quoted(spec.from) +
                                        " (does it backtrack catastrophically?)", true});
      return;
    }
    if (*result != spec.to) {
      errors->push_back(SourceError{rule.path, spec.where,
                                    name + ": spec failed: " + quoted(spec.from) + " became " +
                                        quoted(*result) + ", expected " + quoted(spec.to) +
                                        " (pattern " + rule.pattern.prh_form + ")", true});
    }
  }
}

void check_replacement_settles(const PrhRule& rule, std::vector<SourceError>* errors) {
  std::vector<std::string> results;
  if (!rule.expected.empty() && rule.expected.find('$') == std::string::npos) {
    results.push_back(rule.expected);
  }
  for (const PrhSpec& spec : rule.specs) results.push_back(spec.to);
  DictionaryMatcher alone(std::span(&rule, 1), kSpecTimeLimit);
  MatchSession session(alone);
  for (const std::string& text : results) {
    std::vector<TermMatch> found;
    auto again = apply_rule(session, text, &found);
    if (!again || found.empty()) continue;
    errors->push_back(SourceError{rule.path, rule.where,
                                  rule_name(rule.expected) + ": its pattern " +
                                      rule.pattern.prh_form + " matches " +
                                      quoted(found[0].matched) + " in its own result " +
                                      quoted(text) + ", so fixing never settles (" + quoted(text) +
                                      " would become " + quoted(*again) + ")", true});
    return;
  }
}

}  // namespace tebiki
