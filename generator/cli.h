// The `tebiki` subcommands. Each registers itself on the CLI11 app and stores its exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace tebiki {

/// Exit codes of every command (DESIGN.md): 0 success, 1 findings or failed build, 2 bad
/// usage, unreadable input or invalid configuration.
enum ExitCode { kExitOk = 0, kExitFindings = 1, kExitUsage = 2 };

void add_build_command(CLI::App& app, int* exit_code);
void add_lint_command(CLI::App& app, int* exit_code);
void add_serve_command(CLI::App& app, int* exit_code);
void add_init_command(CLI::App& app, int* exit_code);

}  // namespace tebiki
