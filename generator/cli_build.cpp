#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>

#include "build.h"
#include "cli.h"
#include "diagnostic_printer.h"

namespace tebiki {
namespace {

int run_build(const BuildOptions& options) {
  auto start = std::chrono::steady_clock::now();
  BuildResult result = build_book(options);
  print_errors(result.errors);
  sort_diagnostics(result.diagnostics);
  print_diagnostics(result.diagnostics);
  if (result.failed_to_start) return kExitUsage;
  if (!result.write_error.empty()) {
    std::cerr << "error: " << result.write_error << '\n';
    return kExitFindings;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (has_errors(result.diagnostics)) {
    std::cerr << "build failed: " << options.output_dir.string() << " was left as it was\n";
    return kExitFindings;
  }
  std::cerr << "built " << result.pages << " pages (" << result.files << " files) into "
            << options.output_dir.string() << " in " << std::fixed << std::setprecision(2) << seconds << " s\n";
  return kExitOk;
}

}  // namespace

void add_build_command(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<BuildOptions>();
  auto* command = app.add_subcommand("build", "Build the book into a static site");
  command->add_option("SRC", options->source_dir, "Folder of the book (default: content)");
  command->add_option("-o,--output", options->output_dir, "Output folder (default: site)");
  command->add_option("--config", options->config_file, "Book configuration (default: SRC/tebiki.yml)");
  command->add_option("--links", options->links, "Broken links are errors (default) or warnings")
      ->check(CLI::IsMember({"error", "warn"}));
  command->footer(
      "Examples:\n"
      "  tebiki build                      content/ → site/\n"
      "  tebiki build docs -o public       docs/ → public/\n"
      "  tebiki build --links warn         report broken links without failing\n"
      "Exit status: 0 built, 1 findings (broken links…) or write failure, 2 bad input.");
  command->callback([options, exit_code] { *exit_code = run_build(*options); });
}

}  // namespace tebiki
