// Checks one annotated lint fixture (tests/lint/*.md): every expected finding is produced, no
// other finding is, and the fixed text holds every CHECK-FIXES line.
// Usage: lint_fixture_runner FIXTURE.md   (exit 0 when it passes, 1 when not, 2 on bad input)

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "book_config.h"
#include "fix.h"
#include "lint_data.h"
#include "lint_fixture.h"
#include "linter.h"
#include "source_lookup.h"

namespace tebiki {
namespace {

/// Where findings are: the fixture, or a data file next to it (glossary.yml) read from disk.
struct FindingFiles {
  const SourceFile& fixture;
  SourceLookup lookup;

  Position position(const Diagnostic& d) const {
    const SourceFile* source = lookup(d.file);
    return source ? source->position(d.begin) : Position{};
  }
  /// The name a CHECK-MESSAGES line gives the finding's file: empty for the fixture.
  std::string name(const Diagnostic& d) const {
    if (d.file == fixture.path()) return "";
    std::filesystem::path folder = std::filesystem::path(fixture.path()).parent_path();
    return std::filesystem::path(d.file).lexically_relative(folder).generic_string();
  }
};

std::string describe(const FindingFiles& files, const Diagnostic& d) {
  Position at = files.position(d);
  return d.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
         severity_name(d.severity) + ": " + d.message + " [" + d.rule + "]";
}

bool matches(const FindingFiles& files, const Diagnostic& d, const ExpectedMessage& expected) {
  Position at = files.position(d);
  return files.name(d) == expected.file && at.line == expected.line &&
         at.column == expected.column && d.rule == expected.rule &&
         severity_name(d.severity) == expected.severity &&
         d.message.find(expected.message) != std::string::npos;
}

/// Pairs findings with expectations; reports both leftovers. Returns the number of failures.
int compare_messages(const FindingFiles& files, const Diagnostics& found,
                     const std::vector<ExpectedMessage>& expected) {
  const SourceFile& file = files.fixture;
  std::vector<bool> used(expected.size(), false);
  int failures = 0;
  for (const Diagnostic& d : found) {
    bool matched = false;
    for (std::size_t i = 0; i < expected.size() && !matched; ++i) {
      if (!used[i] && matches(files, d, expected[i])) used[i] = matched = true;
    }
    if (!matched) {
      std::cerr << describe(files, d) << "\n  unexpected finding\n";
      ++failures;
    }
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (used[i]) continue;
    const ExpectedMessage& e = expected[i];
    std::cerr << file.path() << ":" << e.written_at
              << ": expected finding not produced: " << e.file << ":" << e.line << ":" << e.column
              << ": " << e.severity << ": " << e.message << " [" << e.rule << "]\n";
    ++failures;
  }
  return failures;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t newline; (newline = text.find('\n', start)) != std::string::npos;) {
    lines.push_back(text.substr(start, newline - start));
    start = newline + 1;
  }
  lines.push_back(text.substr(start));
  for (std::string& line : lines) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  }
  return lines;
}

int compare_fixes(const SourceFile& file, const Diagnostics& found,
                  const std::vector<ExpectedFix>& expected) {
  if (expected.empty()) return 0;
  std::vector<std::string> lines = lines_of(apply_fixes(file.text(), found).text);
  int failures = 0;
  for (const ExpectedFix& fix : expected) {
    if (std::find(lines.begin(), lines.end(), fix.line) != lines.end()) continue;
    std::cerr << file.path() << ":" << fix.written_at << ": the fixed text has no line \""
              << fix.line << "\"\n";
    ++failures;
  }
  if (failures > 0) {
    std::cerr << "fixed text:\n";
    for (const std::string& line : lines) {
      if (!line.starts_with("<!--")) std::cerr << "  | " << line << "\n";
    }
  }
  return failures;
}

/// `glossary=` and `references=`: the book's data as `tebiki lint` loads it.
void load_book_data(Fixture& fixture, std::vector<SourceError>* errors) {
  if (fixture.glossary.empty() && fixture.references.empty()) return;
  BookConfig book;
  book.glossary = fixture.glossary;
  book.references = fixture.references;
  book.lint = fixture.config;
  if (load_lint_data(book, errors)) fixture.config = book.lint;
}

int run(const std::string& path) {
  SourceError error;
  std::optional<SourceFile> source = read_source(path, &error);
  if (!source) {
    std::cerr << error.to_string() << "\n";
    return 2;
  }
  std::vector<std::string> problems;
  Fixture fixture = read_fixture(*source, &problems);
  std::vector<SourceError> load_errors;
  load_book_data(fixture, &load_errors);
  Linter linter(fixture.config, &load_errors);
  for (const SourceError& e : load_errors) problems.push_back(e.to_string());
  for (const std::string& problem : problems) std::cerr << problem << "\n";
  if (!problems.empty()) return 2;

  std::vector<SourceFile> files = {*source};
  Diagnostics found = linter.lint(files);
  FindingFiles finding_files{files[0], with_files_from_disk(lookup_in(files))};
  int failures = compare_messages(finding_files, found, fixture.messages) +
                 compare_fixes(files[0], found, fixture.fixes);
  std::cout << (failures == 0 ? "PASS " : "FAIL ") << path << " (" << found.size() << " findings, "
            << fixture.messages.size() << " expected, " << fixture.fixes.size()
            << " fixed lines)\n";
  return failures == 0 ? 0 : 1;
}

}  // namespace
}  // namespace tebiki

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lint_fixture_runner FIXTURE.md\n";
    return 2;
  }
  return tebiki::run(argv[1]);
}
