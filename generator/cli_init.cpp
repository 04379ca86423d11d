#include <iostream>
#include <memory>

#include "cli.h"
#include "init_book.h"

namespace tebiki {

void add_init_command(CLI::App& app, int* exit_code) {
  auto dir = std::make_shared<std::string>();
  auto* command = app.add_subcommand("init", "Create a minimal new book that builds and lints clean");
  command->add_option("DIR", *dir, "Folder of the new book (must not exist or be empty)")->required();
  command->footer(
      "Examples:\n"
      "  tebiki init mybook && tebiki build mybook -o mybook-site\n"
      "  tebiki init docs && tebiki lint docs");
  command->callback([dir, exit_code] {
    if (auto error = init_book(*dir)) {
      std::cerr << "error: " << *error << '\n';
      *exit_code = kExitUsage;
      return;
    }
    std::cerr << "created a new book in " << *dir << "\n  next: tebiki build " << *dir << " -o "
              << *dir << "-site\n";
    *exit_code = kExitOk;
  });
}

}  // namespace tebiki
