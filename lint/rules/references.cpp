#include "references.h"

#include "book_coverage.h"
#include "citation_syntax.h"

namespace tebiki {

std::string unknown_citation_message(const std::string& id) {
  return "「@" + id + "」は参考文献にない引用";
}

std::string never_cited_message(const std::string& id) {
  return "参考文献「" + id + "」はどのページからも引用されていない";
}

ReferencesRule::ReferencesRule(const LintConfig& config)
    : ids_(config.reference_ids),
      sites_(config.reference_sites),
      book_pages_(config.book_pages),
      unknown_severity_(config.severity("references", Severity::Error)),
      never_cited_severity_(config.severity("references", Severity::Warning)) {}

void ReferencesRule::check_file(const LintedFile& file, Diagnostics& out) const {
  for (const TextRun& run : file.runs) {
    for (const Citation& citation : find_citations(run.text)) {
      for (const CitedId& cited : citation.ids) {
        if (ids_.count(cited.id)) continue;
        out.push_back(make_diagnostic(file, run, cited.begin, cited.end, "references",
                                      unknown_severity_, unknown_citation_message(cited.id),
                                      std::nullopt));
      }
    }
  }
}

void ReferencesRule::check_book(std::span<const LintedFile> files, Diagnostics& out) const {
  if (!lints_whole_book(book_pages_, files)) return;
  std::set<std::string> cited;
  for (const LintedFile& file : files) {
    for (const TextRun& run : file.runs) {
      for (const Citation& citation : find_citations(run.text)) {
        for (const CitedId& id : citation.ids) cited.insert(id.id);
      }
    }
  }
  for (const auto& [id, site] : sites_) {
    if (ids_.count(id) && !cited.count(id)) {
      out.push_back({"references", never_cited_severity_, site.file, site.begin, site.end,
                     never_cited_message(id), std::nullopt});
    }
  }
}

std::unique_ptr<Rule> make_references_rule(const LintConfig& config) {
  if (!config.references_loaded) return nullptr;
  return std::make_unique<ReferencesRule>(config);
}

}  // namespace tebiki
