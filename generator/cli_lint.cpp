// `tebiki lint`: check Markdown for consistent terms and notation, report, optionally fix.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "atomic_write.h"
#include "cli.h"
#include "diagnostic_printer.h"
#include "fixer.h"
#include "format_checkstyle.h"
#include "format_github.h"
#include "format_json.h"
#include "format_sarif.h"
#include "format_text.h"
#include "lint_inputs.h"
#include "linter.h"
#include "registry.h"
#include "unified_diff.h"

namespace tebiki {
namespace {

struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool fix = false;
  bool dry_run = false;
  std::string config_file;
  std::vector<std::string> dictionaries;
  std::vector<std::string> rules;
  bool strict = false;
  std::string output;
  bool quiet = false;
};

/// One group's files as read and what was found in them. Stays in place once built (a deque
/// element): the linter keeps a reference to the group's config.
struct LintedGroup {
  explicit LintedGroup(LintGroup from) : group(std::move(from)) {}
  LintGroup group;
  std::vector<SourceFile> sources;
  std::vector<std::string> originals;  ///< texts as read, to compare after --fix
  std::unique_ptr<Linter> linter;
  Diagnostics diagnostics;
};

void usage_error(const std::string& message) {
  std::cerr << "tebiki lint: error: " << message << '\n';
}

std::string known_rules() {
  std::string list;
  for (const std::string& id : rule_ids()) list += (list.empty() ? "" : ", ") + id;
  return list.empty() ? "(none)" : list;
}

bool check_rules(const std::vector<std::string>& rules) {
  const auto& known = rule_ids();
  for (const std::string& id : rules) {
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      usage_error("unknown rule '" + id + "'; known rules: " + known_rules());
      return false;
    }
  }
  return true;
}

std::vector<SourceError> unusable_dictionaries(const std::vector<std::string>& dictionaries) {
  std::vector<SourceError> errors;
  for (const std::string& path : dictionaries) {
    if (auto problem = file_problem(path)) errors.push_back({path, {1, 1}, *problem});
  }
  return errors;
}

void apply_command_line(const LintOptions& options, LintConfig& config) {
  config.dictionaries.insert(config.dictionaries.end(), options.dictionaries.begin(),
                             options.dictionaries.end());
  config.only_rules.insert(options.rules.begin(), options.rules.end());
  if (options.strict) config.strict_dictionaries = true;
}

// Reads every file of the group (in parallel); unreadable ones are appended to *errors.
void read_group(LintedGroup& linted, std::vector<SourceError>* errors) {
  const auto& files = linted.group.files;
  std::vector<std::optional<SourceFile>> read(files.size());
  std::vector<std::optional<SourceError>> failed(files.size());
  parallel_for(files.size(), [&](std::size_t i) {
    SourceError error;
    read[i] = read_source(files[i], &error);
    if (!read[i]) failed[i] = error;
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (failed[i]) {
      errors->push_back(*failed[i]);
    } else {
      linted.sources.push_back(std::move(*read[i]));
    }
  }
  for (const SourceFile& source : linted.sources) linted.originals.push_back(source.text());
}

// Reads and lints every group; returns false (errors printed) when any input is unusable.
bool lint_groups(const LintOptions& options, std::deque<LintedGroup>& groups) {
  std::vector<SourceError> errors;
  for (LintGroup& group : gather_lint_groups({options.paths, options.config_file}, &errors)) {
    apply_command_line(options, group.config);
    groups.emplace_back(std::move(group));
  }
  for (LintedGroup& linted : groups) read_group(linted, &errors);
  for (LintedGroup& linted : groups) {
    if (errors.empty()) linted.linter = std::make_unique<Linter>(linted.group.config, &errors);
  }
  print_errors(errors);
  if (!errors.empty()) return false;
  for (LintedGroup& linted : groups) linted.diagnostics = linted.linter->lint(linted.sources, &errors);
  print_errors(errors);  // files refused while linting (nested too deep)
  return errors.empty();
}

struct FixCount {
  std::size_t fixes = 0;
  std::size_t files = 0;
};

// Fixes each group in memory; the texts on disk are not touched here.
FixCount fix_groups(std::deque<LintedGroup>& groups) {
  FixCount count;
  for (LintedGroup& linted : groups) {
    count.fixes += fix_until_stable(*linted.linter, linted.sources, linted.diagnostics);
    for (std::size_t i = 0; i < linted.sources.size(); ++i) {
      count.files += linted.sources[i].text() != linted.originals[i];
    }
  }
  return count;
}

// `--fix`: writes each changed file atomically. Returns false when one could not be written.
bool write_fixed_files(const std::deque<LintedGroup>& groups) {
  bool ok = true;
  for (const LintedGroup& linted : groups) {
    for (std::size_t i = 0; i < linted.sources.size(); ++i) {
      const SourceFile& source = linted.sources[i];
      if (source.text() == linted.originals[i]) continue;
      std::string error;
      if (!write_file_atomically(source.path(), source.text(), &error)) {
        std::cerr << source.path() << ":1:1: error: " << error << '\n';
        ok = false;
      }
    }
  }
  return ok;
}

// A --fix killed while writing leaves temporary files beside the files it was replacing; the
// next --fix over the same folders removes them (atomic_write.h).
void clean_stale_temporaries(const std::deque<LintedGroup>& groups) {
  std::set<std::filesystem::path> folders;
  for (const LintedGroup& linted : groups) {
    for (const SourceFile& source : linted.sources) {
      folders.insert(std::filesystem::path(source.path()).parent_path());
    }
  }
  for (const auto& folder : folders) remove_stale_temporaries(folder);
}

// `--fix --dry-run`: what --fix would change, as a unified diff on stdout.
void print_fix_diff(const std::deque<LintedGroup>& groups) {
  for (const LintedGroup& linted : groups) {
    for (std::size_t i = 0; i < linted.sources.size(); ++i) {
      const SourceFile& source = linted.sources[i];
      std::cout << unified_diff(source.path(), linted.originals[i], source.text());
    }
  }
}

bool use_color(const LintOptions& options) {
  const char* no_color = std::getenv("NO_COLOR");
  return options.format == "text" && options.output.empty() && ::isatty(STDERR_FILENO) &&
         !(no_color && *no_color);
}

SourceLookup lookup_all(const std::deque<LintedGroup>& groups) {
  auto index = std::make_shared<std::map<std::string, const SourceFile*>>();
  for (const LintedGroup& linted : groups) {
    for (const SourceFile& source : linted.sources) index->emplace(source.path(), &source);
  }
  return [index](const std::string& path) -> const SourceFile* {
    auto it = index->find(path);
    return it == index->end() ? nullptr : it->second;
  };
}

std::string render(const LintOptions& options, const Diagnostics& diagnostics,
                   const SourceLookup& lookup) {
  if (options.format == "json") return format_json(diagnostics, lookup);
  if (options.format == "sarif") return format_sarif(diagnostics, lookup, TEBIKI_VERSION);
  if (options.format == "github") return format_github(diagnostics, lookup);
  if (options.format == "checkstyle") return format_checkstyle(diagnostics, lookup);
  return format_text(diagnostics, lookup, use_color(options));
}

// Text goes to stderr like a compiler's messages; the machine formats to stdout.
bool emit(const LintOptions& options, const std::string& report) {
  if (options.output.empty()) {
    (options.format == "text" ? std::cerr : std::cout) << report << std::flush;
    return true;
  }
  std::string error;
  if (write_file_atomically(options.output, report, &error)) return true;
  std::cerr << options.output << ":1:1: error: " << error << '\n';
  return false;
}

Diagnostics collect(const std::deque<LintedGroup>& groups, bool errors_only) {
  Diagnostics all;
  for (const LintedGroup& linted : groups) {
    for (const Diagnostic& d : linted.diagnostics) {
      if (!errors_only || d.severity == Severity::Error) all.push_back(d);
    }
  }
  return all;
}

std::size_t files_checked(const std::deque<LintedGroup>& groups) {
  std::size_t count = 0;
  for (const LintedGroup& linted : groups) count += linted.sources.size();
  return count;
}

void print_fix_count(const FixCount& count, bool dry_run) {
  if (count.fixes == 0) {
    std::cerr << "nothing to fix\n";
    return;
  }
  std::cerr << count.fixes << (count.fixes == 1 ? " fix " : " fixes ")
            << (dry_run ? "would be applied" : "applied") << " in " << count.files
            << (count.files == 1 ? " file\n" : " files\n");
}

// 1 for error-level findings (or warnings with --strict), else 0.
int findings_status(const Diagnostics& diagnostics, bool strict) {
  bool warnings = std::any_of(diagnostics.begin(), diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::Warning; });
  return has_errors(diagnostics) || (strict && warnings) ? kExitFindings : kExitOk;
}

int run_lint(const LintOptions& options) {
  auto start = std::chrono::steady_clock::now();
  if (!check_rules(options.rules)) return kExitUsage;
  std::vector<SourceError> missing = unusable_dictionaries(options.dictionaries);
  print_errors(missing);
  std::deque<LintedGroup> groups;
  if (!missing.empty() || !lint_groups(options, groups)) return kExitUsage;
  int on_disk = kExitOk;  // with --dry-run the files keep the findings that the diff fixes
  if (options.fix) {
    if (options.dry_run) on_disk = findings_status(collect(groups, false), options.strict);
    FixCount count = fix_groups(groups);
    if (options.dry_run) {
      print_fix_diff(groups);
    } else {
      clean_stale_temporaries(groups);
      if (!write_fixed_files(groups)) return kExitUsage;
    }
    if (!options.quiet) print_fix_count(count, options.dry_run);
  }
  Diagnostics remaining = collect(groups, options.quiet);
  SourceLookup lookup = with_files_from_disk(lookup_all(groups));  // glossary.yml too
  if (!emit(options, render(options, remaining, lookup))) return kExitUsage;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!options.quiet) {
    std::cerr << (options.dry_run ? "after the fixes: " : "") << format_summary(remaining, files_checked(groups), seconds);
  }
  if (has_unusable_input(remaining)) return kExitUsage;
  return std::max(on_disk, findings_status(remaining, options.strict));
}

void add_options(CLI::App& command, LintOptions& options) {
  command.add_option("PATH", options.paths,
                     "Markdown files or folders (default: the book in content/)");
  command.add_option("--format", options.format, "Output format (default: text)")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "checkstyle"}));
  auto* fix = command.add_flag("--fix", options.fix, "Apply the safe fixes to the files");
  command.add_flag("--dry-run", options.dry_run,
                   "With --fix: print a diff, write nothing; exit 1 while the files hold error-level findings")
      ->needs(fix);
  command.add_option("--config", options.config_file,
                     "tebiki.yml to use (default: the one next to the files)");
  command.add_option("--dictionary", options.dictionaries, "Add a prh dictionary (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--rule", options.rules, "Run only this rule (repeatable)")
      ->allow_extra_args(false);
  command.add_flag("--strict", options.strict,
                   "Warnings fail too; report what prh accepts silently");
  command.add_option("--output", options.output,
                     "Write the report to FILE instead of stdout/stderr");
  command.add_flag("-q,--quiet", options.quiet, "Report only errors, no summary");
}

}  // namespace

void add_lint_command(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<LintOptions>();
  auto* command = app.add_subcommand("lint", "Check terms and notation of Markdown files");
  add_options(*command, *options);
  command->footer(
      "Examples:\n"
      "  tebiki lint                              the book in content/ (its tebiki.yml)\n"
      "  tebiki lint docs README.md               a folder (its .md files) and a file\n"
      "  tebiki lint --rule long-vowel --fix      apply the long-vowel fixes\n"
      "  tebiki lint --fix --dry-run              show the fixes as a diff, write nothing\n"
      "  tebiki lint --format github              annotations in GitHub Actions\n"
      "  tebiki lint --format sarif --output tebiki.sarif\n"
      "  tebiki lint --dictionary terms.yml a.md  add a prh dictionary\n"
      "Formats: text (stderr), json, sarif, github, checkstyle (stdout).\n"
      "Exit status: 0 no error-level findings, 1 error-level findings (or warnings with\n"
      "--strict), 2 bad usage, unreadable input or invalid configuration.");
  command->callback([options, exit_code] { *exit_code = run_lint(*options); });
}

}  // namespace tebiki
