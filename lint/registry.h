// The explicit list of lint rules.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "config.h"
#include "rule.h"
#include "source.h"

namespace tebiki {

/// Ids of every rule tebiki knows, in the order they run.
const std::vector<std::string>& rule_ids();

/// Creates the enabled rules. Loading a rule's data (dictionaries) may fail: each problem is
/// appended to *errors with its location, and the rule is left out.
std::vector<std::unique_ptr<Rule>> make_rules(const LintConfig& config,
                                              std::vector<SourceError>* errors);

}  // namespace tebiki
