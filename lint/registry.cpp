#include "registry.h"

#include "rules/glossary.h"
#include "rules/kana_kanji.h"
#include "rules/long_vowel.h"
#include "rules/punctuation.h"
#include "rules/references.h"
#include "rules/terms.h"
#include "rules/variants.h"
#include "rules/width.h"

namespace tebiki {

const std::vector<std::string>& rule_ids() {
  static const std::vector<std::string> ids = {
      "terms", "kana-kanji", "long-vowel", "width", "punctuation", "variants", "glossary", "references",
  };
  return ids;
}

std::vector<std::unique_ptr<Rule>> make_rules(const LintConfig& config,
                                              std::vector<SourceError>* errors) {
  std::vector<std::unique_ptr<Rule>> rules;
  auto add = [&rules](std::unique_ptr<Rule> rule) {
    if (rule) rules.push_back(std::move(rule));  // nullptr: its data did not load (see errors)
  };
  if (config.rule_enabled("terms")) add(make_terms_rule(config, errors));
  if (config.rule_enabled("kana-kanji")) add(make_kana_kanji_rule(config, errors));
  if (config.rule_enabled("long-vowel")) rules.push_back(std::make_unique<LongVowelRule>(config));
  if (config.rule_enabled("width")) rules.push_back(std::make_unique<WidthRule>(config));
  if (config.rule_enabled("punctuation")) rules.push_back(std::make_unique<PunctuationRule>(config));
  if (config.rule_enabled("variants")) rules.push_back(std::make_unique<VariantsRule>(config));
  // Without a glossary or reference list (no book) these two have nothing to check against.
  if (config.rule_enabled("glossary") && config.glossary_loaded) add(make_glossary_rule(config));
  if (config.rule_enabled("references") && config.references_loaded) add(make_references_rule(config));
  return rules;
}

}  // namespace tebiki
