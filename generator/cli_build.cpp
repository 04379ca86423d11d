#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>

#include "build.h"
#include "cli.h"
#include "diagnostic_printer.h"

namespace tebiki {
namespace {

void print_timings(const BuildResult& result) {
  double total = 0;
  for (const auto& time : result.timings) total += time.wall;
  // Each heading ends where its column's numbers end.
  std::cerr << std::setw(8) << "wall" << std::setw(8) << "share" << std::setw(11) << "cpu" << std::setw(11)
            << "peak" << "      pass\n";
  for (const auto& time : result.timings) {
    std::cerr << std::fixed << std::setprecision(3) << std::setw(8) << time.wall << " s " << std::setprecision(0)
              << std::setw(5) << (total > 0 ? time.wall / total * 100 : 0) << " % " << std::setprecision(3)
              << std::setw(8) << time.cpu << " s " << std::setprecision(0) << std::setw(8) << time.peak_mb << " MiB  "
              << time.pass << '\n';
  }
}

int run_build(const BuildOptions& options, bool timings) {
  auto start = std::chrono::steady_clock::now();
  BuildResult result = build_book(options);
  if (timings) print_timings(result);
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
    return has_unusable_input(result.diagnostics) ? kExitUsage : kExitFindings;
  }
  std::cerr << "built " << result.pages << " pages (" << result.files << " files) into "
            << options.output_dir.string() << " in " << std::fixed << std::setprecision(2) << seconds << " s\n";
  return kExitOk;
}

}  // namespace

void add_build_command(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<BuildOptions>();
  auto timings = std::make_shared<bool>(false);
  auto* command = app.add_subcommand("build", "Build the book into a static site");
  command->add_option("SRC", options->source_dir, "Folder of the book (default: content)");
  command->add_option("-o,--output", options->output_dir, "Output folder (default: site)");
  command->add_option("--config", options->config_file, "Book configuration (default: SRC/tebiki.yml)");
  command->add_option("--links", options->links, "Broken links are errors (default) or warnings")
      ->check(CLI::IsMember({"error", "warn"}));
  command->add_flag("--timings", *timings, "Print the time each pass of the build took, and the peak memory by its end");
  command->footer(
      "Examples:\n"
      "  tebiki build                      content/ → site/\n"
      "  tebiki build docs -o public       docs/ → public/\n"
      "  tebiki build --links warn         report broken links without failing\n"
      "  tebiki build --timings            show where the build spends its time\n"
      "Exit status: 0 built, 1 findings (broken links…) or write failure, 2 bad input.");
  command->callback([options, timings, exit_code] { *exit_code = run_build(*options, *timings); });
}

}  // namespace tebiki
