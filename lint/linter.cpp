#include "linter.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <thread>

#include "registry.h"
#include "suppression.h"

namespace tebiki {

Linter::Linter(const LintConfig& config, std::vector<SourceError>* errors)
    : config_(config), rules_(make_rules(config, errors)) {}

bool Linter::needs_book() const {
  return std::any_of(rules_.begin(), rules_.end(),
                     [](const auto& rule) { return rule->needs_book(); });
}

SourceError too_deep(const SourceFile& file, std::size_t offset) {
  return {file.path(), file.position(offset), kTooDeepMessage, true};
}

Diagnostics Linter::lint(std::span<const SourceFile> files, std::vector<SourceError>* refused) const {
  return needs_book() ? lint_whole_book(files, refused) : lint_streaming(files, refused);
}

// Parses and checks one file alone; its parse is dropped on return, only the findings stay.
Diagnostics Linter::check_alone(const SourceFile& file, std::optional<SourceError>& refusal) const {
  MarkdownDocument document = parse_markdown(file.text());
  if (auto deep = document.too_deep_at()) return refusal = too_deep(file, *deep), Diagnostics{};
  LintedFile linted{&file, nullptr, extract_text_runs(document, file.text())};
  Diagnostics found;
  for (const auto& rule : rules_) rule->check_file(linted, found);
  if (found.empty()) return found;
  Suppressions suppressions(document, file);
  std::erase_if(found, [&](const Diagnostic& d) {
    return d.file == file.path() && suppressions.suppressed(d.rule, d.begin);
  });
  return found;
}

Diagnostics Linter::lint_streaming(std::span<const SourceFile> files, std::vector<SourceError>* refused) const {
  std::vector<Diagnostics> per_file(files.size());
  std::vector<std::optional<SourceError>> refusals(files.size());
  parallel_for(files.size(), [&](std::size_t i) {
    per_file[i] = check_alone(files[i], refusals[i]);
    sort_diagnostics(per_file[i]);  // in the workers: the whole list is then mostly in order
  });
  for (auto& refusal : refusals) {
    if (refusal && refused) refused->push_back(std::move(*refusal));
  }
  Diagnostics kept;
  for (auto& found : per_file) {
    kept.insert(kept.end(), std::make_move_iterator(found.begin()),
                std::make_move_iterator(found.end()));
    Diagnostics().swap(found);
  }
  // Files in increasing path order give a sorted list already; a stable sort of the lists
  // sorted file by file gives what sorting them unsorted gives.
  auto by_path = [](const SourceFile& a, const SourceFile& b) { return a.path() >= b.path(); };
  if (std::adjacent_find(files.begin(), files.end(), by_path) != files.end())
    sort_diagnostics(kept);
  return kept;
}

// Each file's tree is dropped as soon as its runs and suppression comments are out of it: the
// trees of a large book take several times the memory of its text.
Diagnostics Linter::lint_whole_book(std::span<const SourceFile> files, std::vector<SourceError>* refused) const {
  std::vector<LintedFile> linted(files.size());
  std::vector<std::optional<Suppressions>> suppressions(files.size());
  std::vector<std::optional<std::size_t>> too_deep_at(files.size());
  parallel_for(files.size(), [&](std::size_t i) {
    MarkdownDocument document = parse_markdown(files[i].text());
    linted[i].source = &files[i];
    if ((too_deep_at[i] = document.too_deep_at())) return;
    linted[i].runs = extract_text_runs(document, files[i].text());
    linted[i].suppressions = &suppressions[i].emplace(document, files[i]);
  });  // the tree goes here: the runs and suppressions hold copies
  // A file too deep to walk is refused and left out of the book the rules see.
  std::vector<LintedFile> book;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!too_deep_at[i]) book.push_back(std::move(linted[i]));
    else if (refused) refused->push_back(too_deep(files[i], *too_deep_at[i]));
  }
  return lint_parsed(book);
}

Diagnostics Linter::lint_parsed(std::span<const LintedFile> files) const {
  std::vector<Diagnostics> per_file(files.size());
  parallel_for(files.size(), [&](std::size_t i) {
    for (const auto& rule : rules_) rule->check_file(files[i], per_file[i]);
  });
  Diagnostics all;
  for (auto& found : per_file) all.insert(all.end(), found.begin(), found.end());
  for (const auto& rule : rules_) rule->check_book(files, all);

  std::map<std::string, const Suppressions*> suppressions;
  for (const LintedFile& file : files) suppressions[file.source->path()] = file.suppressions;
  Diagnostics kept;
  for (Diagnostic& d : all) {
    auto it = suppressions.find(d.file);
    if (it != suppressions.end() && it->second && it->second->suppressed(d.rule, d.begin)) continue;
    kept.push_back(std::move(d));
  }
  sort_diagnostics(kept);
  return kept;
}

}  // namespace tebiki
