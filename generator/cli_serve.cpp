#include "cli.h"

namespace tebiki {

// FIXME: placeholder until the command is implemented.
void add_serve_command(CLI::App& app, int* exit_code) {
  auto* command = app.add_subcommand("serve", "serve");
  command->callback([exit_code] { *exit_code = kExitUsage; });
}

}  // namespace tebiki
