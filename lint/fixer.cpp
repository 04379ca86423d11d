#include "fixer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "fix.h"

namespace tebiki {
namespace {

/// What makes two findings the same fix: the file, the rule, the text it replaces and the
/// replacement.
using FixKey = std::tuple<std::string, std::string, std::string, std::string>;

// Applies one round of fixes; returns how many replacements were made.
std::size_t apply_round(std::vector<SourceFile>& sources, const Diagnostics& diagnostics) {
  std::map<std::string, Diagnostics> by_file;
  for (const Diagnostic& d : diagnostics) {
    if (d.replacement) by_file[d.file].push_back(d);
  }
  std::size_t applied = 0;
  for (SourceFile& source : sources) {
    auto it = by_file.find(source.path());
    if (it == by_file.end()) continue;
    FixResult result = apply_fixes(source.text(), it->second);
    if (result.applied == 0) continue;
    applied += result.applied;
    source = SourceFile(source.path(), std::move(result.text));
  }
  return applied;
}

/// The texts of the sources by path, to find what a finding's range holds.
std::map<std::string, const std::string*> texts_by_path(const std::vector<SourceFile>& sources) {
  std::map<std::string, const std::string*> texts;
  for (const SourceFile& source : sources) texts.emplace(source.path(), &source.text());
  return texts;
}

std::optional<FixKey> key_of(const Diagnostic& d, const std::map<std::string, const std::string*>& texts) {
  auto it = texts.find(d.file);
  if (!d.replacement || it == texts.end() || d.begin > d.end || d.end > it->second->size()) return std::nullopt;
  return FixKey{d.file, d.rule, it->second->substr(d.begin, d.end - d.begin), *d.replacement};
}

// Takes the replacement away from each finding whose fix is withheld, and says why.
void withhold(Diagnostics& diagnostics, const std::vector<SourceFile>& sources, const std::set<FixKey>& withheld) {
  if (withheld.empty()) return;
  auto texts = texts_by_path(sources);
  for (Diagnostic& d : diagnostics) {
    auto key = key_of(d, texts);
    if (!key || !withheld.count(*key)) continue;
    d.replacement.reset();
    d.message += "（自動修正なし: このファイルの修正が収まらない。修正の結果がまた指摘されるか、別の修正と打ち消し合う）";
  }
}

/// The fixes (with a replacement) among the findings, by key.
void add_keys(const Diagnostics& diagnostics, const std::vector<SourceFile>& sources, std::set<FixKey>& keys) {
  auto texts = texts_by_path(sources);
  for (const Diagnostic& d : diagnostics) {
    if (auto key = key_of(d, texts)) keys.insert(*key);
  }
}

/// After an attempt that did not settle: every fix made or pending in a file that still had
/// fixes pending is withheld. Only the pending ones would not do: two rules that undo each
/// other leave one direction pending, a fix that grows its own text (サーバ → サーバー under
/// /サーバ(ー*)/) a new key each round, and either would change the file again next run.
std::size_t withhold_unsettled(const std::set<FixKey>& made, const Diagnostics& pending,
                               const std::vector<SourceFile>& sources, std::set<FixKey>& withheld) {
  std::set<FixKey> keys = made;
  add_keys(pending, sources, keys);
  std::set<std::string> unsettled;
  for (const Diagnostic& d : pending) {
    if (d.replacement) unsettled.insert(d.file);
  }
  std::size_t added = 0;
  for (const FixKey& key : keys) {
    if (unsettled.count(std::get<0>(key))) added += withheld.insert(key).second;
  }
  return added;
}

/// Fix → lint rounds from the original texts without the withheld fixes; `made` collects the
/// fixes offered on the way. Returns the replacements made, or nullopt when fixes were still
/// pending after the last round.
std::optional<std::size_t> fix_rounds(const Linter& linter, std::vector<SourceFile>& sources,
                                      Diagnostics& diagnostics, const std::set<FixKey>& withheld,
                                      std::set<FixKey>& made) {
  std::size_t total = 0;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    add_keys(diagnostics, sources, made);
    std::size_t applied = apply_round(sources, diagnostics);
    if (applied == 0) return total;
    total += applied;
    diagnostics = linter.lint(sources);
    withhold(diagnostics, sources, withheld);
  }
  bool pending = std::any_of(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic& d) { return d.replacement.has_value(); });
  return pending ? std::nullopt : std::optional<std::size_t>(total);
}

}  // namespace

std::size_t fix_until_stable(const Linter& linter, std::vector<SourceFile>& sources,
                             Diagnostics& diagnostics) {
  const std::vector<SourceFile> originals = sources;
  const Diagnostics found = diagnostics;
  std::set<FixKey> withheld;
  for (int attempt = 0; attempt < kMaxFixAttempts; ++attempt) {
    sources = originals;
    diagnostics = found;
    withhold(diagnostics, sources, withheld);
    std::set<FixKey> made;
    auto fixed = fix_rounds(linter, sources, diagnostics, withheld, made);
    if (fixed) return *fixed;
    if (withhold_unsettled(made, diagnostics, sources, withheld) == 0) break;
  }
  // Nothing settles even without the fixes withheld so far: leave every text as it was.
  sources = originals;
  diagnostics = found;
  for (Diagnostic& d : diagnostics) d.replacement.reset();
  return 0;
}

}  // namespace tebiki
