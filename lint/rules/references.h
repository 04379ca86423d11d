// Rule `references`: citations against the book's reference list (LintConfig::reference_ids,
// filled from references.yml by the caller). A citation `[@id]` with no entry is an error; an
// entry that no linted page cites is a warning, reported at its id in references.yml. Without
// a reference list the rule is not created. The build reports the same two findings with the
// same messages (see citations.cpp).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "rule.h"

namespace tebiki {

/// 「@id」は参考文献にない引用
std::string unknown_citation_message(const std::string& id);
/// 参考文献「id」はどのページからも引用されていない
std::string never_cited_message(const std::string& id);

class ReferencesRule : public Rule {
 public:
  explicit ReferencesRule(const LintConfig& config);
  std::string_view id() const override { return "references"; }
  void check_file(const LintedFile& file, Diagnostics& out) const override;
  void check_book(std::span<const LintedFile> files, Diagnostics& out) const override;
  bool needs_book() const override { return true; }

 private:
  std::set<std::string> ids_;
  std::map<std::string, DefinitionSite> sites_;
  std::vector<std::string> book_pages_;
  Severity unknown_severity_;
  Severity never_cited_severity_;
};

/// The rule, or nullptr when no reference list was loaded.
std::unique_ptr<Rule> make_references_rule(const LintConfig& config);

}  // namespace tebiki
