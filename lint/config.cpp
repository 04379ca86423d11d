#include "config.h"

namespace tebiki {

bool LintConfig::rule_enabled(const std::string& id, bool on_by_default) const {
  if (!only_rules.empty()) return only_rules.count(id) > 0;
  auto it = rules.find(id);
  return it == rules.end() ? on_by_default : it->second.enabled;
}

Severity LintConfig::severity(const std::string& id, Severity fallback) const {
  auto it = rules.find(id);
  if (it == rules.end() || !it->second.severity) return fallback;
  return *it->second.severity;
}

}  // namespace tebiki
