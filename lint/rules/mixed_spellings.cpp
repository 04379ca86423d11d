#include "mixed_spellings.h"

#include <algorithm>
#include <optional>

namespace tebiki {
namespace {

std::string counted(const std::string& spelling, std::size_t count) {
  return "「" + spelling + "」(" + std::to_string(count) + "件)";
}

}  // namespace

void SpellingGroup::add(const std::string& spelling, const SpellingOccurrence& occurrence) {
  auto it = std::find_if(spellings_.begin(), spellings_.end(),
                         [&](const Spelling& s) { return s.first == spelling; });
  if (it == spellings_.end()) {
    spellings_.push_back({spelling, {occurrence}});
  } else {
    it->second.push_back(occurrence);
  }
}

std::string SpellingGroup::message(const Spelling& reported) const {
  std::vector<const Spelling*> others;
  for (const Spelling& s : spellings_) {
    if (&s != &reported) others.push_back(&s);
  }
  // Most frequent first; stable, so ties keep the order of first appearance.
  std::stable_sort(others.begin(), others.end(), [](const Spelling* a, const Spelling* b) {
    return a->second.size() > b->second.size();
  });
  std::string text = counted(reported.first, reported.second.size()) + " と";
  for (std::size_t i = 0; i < others.size(); ++i) {
    text += (i == 0 ? "" : "、") + counted(others[i]->first, others[i]->second.size());
  }
  return text + " が混在している";
}

void SpellingGroup::report_minorities(const std::string& rule, Severity severity,
                                      Diagnostics& out) const {
  if (spellings_.size() < 2) return;
  auto top = std::max_element(
      spellings_.begin(), spellings_.end(),
      [](const Spelling& a, const Spelling& b) { return a.second.size() < b.second.size(); });
  bool tie = std::count_if(spellings_.begin(), spellings_.end(), [&](const Spelling& s) {
               return s.second.size() == top->second.size();
             }) > 1;
  std::optional<std::string> fix;
  if (!tie) fix = top->first;
  for (const Spelling& spelling : spellings_) {
    if (&spelling == &*top) continue;
    std::string text = message(spelling);
    for (const SpellingOccurrence& at : spelling.second) {
      if (!at.reportable) continue;
      out.push_back(
          make_diagnostic(*at.file, *at.run, at.begin, at.end, rule, severity, text, fix));
    }
  }
}

}  // namespace tebiki
