// tebiki: builds a Japanese guideline written in Markdown into a static site, and lints it.
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
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
  }
  return exit_code;
}
