#include "rule.h"

namespace tebiki {

Diagnostic make_diagnostic(const LintedFile& file, const TextRun& run, std::size_t begin,
                           std::size_t end, std::string rule, Severity severity,
                           std::string message, std::optional<std::string> replacement) {
  Diagnostic d;
  d.rule = std::move(rule);
  d.severity = severity;
  d.file = file.source->path();
  d.begin = run.source_begin(begin);
  d.end = run.source_end(end);
  d.message = std::move(message);
  if (replacement && run.is_verbatim(begin, end, file.source->text())) {
    d.replacement = std::move(replacement);
  }
  return d;
}

}  // namespace tebiki
