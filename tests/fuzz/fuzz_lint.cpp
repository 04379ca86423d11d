// Fuzz target: `tebiki lint` over arbitrary bytes. Input that is not UTF-8 is refused as the
// CLI refuses it; the rest goes through every rule (a prh dictionary, glossary and reference
// data given), `--fix` until stable, and every output format. A finding must lie inside its
// file, and a fix must leave valid UTF-8.
#include <cstdint>
#include <cstdlib>

#include "fixer.h"
#include "format_checkstyle.h"
#include "format_github.h"
#include "format_json.h"
#include "format_sarif.h"
#include "format_text.h"
#include "fuzz_folder.h"
#include "linter.h"
#include "registry.h"
#include "source_lookup.h"

namespace tebiki::fuzzing {
namespace {

LintConfig every_rule() {
  LintConfig config;
  for (const std::string& id : rule_ids()) config.rules[id].enabled = true;
  config.dictionaries = {TEBIKI_TEST_DATA_DIR "/lint/terms.dict.yml"};
  config.glossary_terms = {{"サーバ", {"サーバー"}}, {"SLA", {}}, {"ファイアウォール", {"FW"}}};
  config.glossary_loaded = true;
  config.reference_ids = {"iso27001", "rfc9110"};
  config.references_loaded = true;
  return config;
}

const Linter& linter() {
  static const LintConfig config = every_rule();
  static const Linter* made = [] {
    std::vector<SourceError> errors;
    auto* linter = new Linter(config, &errors);
    if (!errors.empty()) std::abort();
    return linter;
  }();
  return *made;
}

void check_inside(const Diagnostics& diagnostics, const SourceFile& file) {
  for (const Diagnostic& d : diagnostics) {
    if (d.file == file.path() && (d.begin > d.end || d.end > file.text().size())) std::abort();
  }
}

void format_all(const Diagnostics& diagnostics, const SourceFile& file) {
  SourceLookup lookup = lookup_in(std::span(&file, 1));
  format_text(diagnostics, lookup, false);
  format_json(diagnostics, lookup);
  format_sarif(diagnostics, lookup, "fuzz");
  format_github(diagnostics, lookup);
  format_checkstyle(diagnostics, lookup);
}

}  // namespace
}  // namespace tebiki::fuzzing

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tebiki;
  using namespace tebiki::fuzzing;
  std::string text = input_text(data, size);
  if (validate_utf8("fuzz.md", text)) return 0;
  std::vector<SourceFile> files{SourceFile("fuzz.md", text)};
  Diagnostics diagnostics = linter().lint(files);
  check_inside(diagnostics, files[0]);
  format_all(diagnostics, files[0]);
  fix_until_stable(linter(), files, diagnostics);
  if (validate_utf8("fuzz.md", files[0].text())) std::abort();
  check_inside(diagnostics, files[0]);
  return 0;
}
