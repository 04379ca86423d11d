// Findings shared by lint and build: data, never control flow.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tebiki {

enum class Severity { Error, Warning, Note };

/// "error", "warning" or "note".
const char* severity_name(Severity severity);
/// Parses "error", "warning" (or "warn"), "note"/"info"; nullopt for anything else.
std::optional<Severity> parse_severity(const std::string& text);

/// One finding: a byte range of one file, a message, and an optional safe fix.
struct Diagnostic {
  std::string rule;      ///< kebab-case rule id, e.g. "long-vowel"
  Severity severity = Severity::Error;
  std::string file;      ///< path as given by the user
  std::size_t begin = 0; ///< byte offset in the file
  std::size_t end = 0;   ///< byte offset one past the range
  std::string message;
  std::optional<std::string> replacement;  ///< set only when the fix is unambiguous
  /// The input could not be checked (a dictionary's regex ran over ICU's time limit): bad
  /// input, so the command exits 2 rather than 1.
  bool unusable_input = false;
};

using Diagnostics = std::vector<Diagnostic>;

/// Stable order for output: by file, then offset, then rule.
void sort_diagnostics(Diagnostics& diagnostics);

/// True when any diagnostic has error severity.
bool has_errors(const Diagnostics& diagnostics);
/// True when any diagnostic says its input could not be checked.
bool has_unusable_input(const Diagnostics& diagnostics);

}  // namespace tebiki
