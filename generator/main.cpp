// tebiki: builds a Japanese guideline written in Markdown into a static site, and lints it.
#include <pthread.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli.h"

namespace {

// Markdown nests without bound (10,000 list levels are valid input) and the tree passes walk it
// recursively: give the main thread and every worker thread a deep stack instead of crashing.
// FIXME: walk the trees with cmark_iter everywhere, then this can go.
void reserve_deep_stacks() {
  constexpr rlim_t kStack = rlim_t{1} << 30;  // address space only; pages are touched on use
  rlimit limit{};
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < kStack) {
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? kStack : std::min(kStack, limit.rlim_max);
    setrlimit(RLIMIT_STACK, &limit);
  }
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) == 0) {
    pthread_attr_setstacksize(&attributes, 256u << 20);
    pthread_setattr_default_np(&attributes);
    pthread_attr_destroy(&attributes);
  }
}

}  // namespace

int main(int argc, char** argv) {
  reserve_deep_stacks();
  CLI::App app{"tebiki — build and lint Japanese guidelines written in Markdown", "tebiki"};
  app.set_version_flag("--version", std::string("tebiki ") + TEBIKI_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  tebiki build                     build content/ into site/\n"
      "  tebiki build docs -o public      build docs/ into public/\n"
      "  tebiki lint                      lint the book in content/\n"
      "  tebiki lint --format json a.md   lint one file, JSON output\n"
      "  tebiki serve                     build, watch and serve on http://127.0.0.1:8000\n"
      "  tebiki init mybook               start a new book\n"
      "Run 'tebiki COMMAND --help' for a command's options.");
  int exit_code = tebiki::kExitOk;
  tebiki::add_build_command(app, &exit_code);
  tebiki::add_lint_command(app, &exit_code);
  tebiki::add_serve_command(app, &exit_code);
  tebiki::add_init_command(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : tebiki::kExitUsage;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the system refused where no check foresaw it: reported as bad input, never an abort.
    if (e.path1().empty()) std::cerr << "tebiki: error: " << e.what() << "\n";
    else std::cerr << e.path1().string() << ":1:1: error: " << e.code().message() << "\n";
    return tebiki::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "tebiki: error: " << e.what() << "\n";
    return tebiki::kExitUsage;
  }
  return exit_code;
}
