// `tebiki serve`: builds the book, serves it from memory on 127.0.0.1, watches the source
// folder and rebuilds what an edit affects; open pages reload through server-sent events.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>

#include "build.h"
#include "cli.h"
#include "dev_server.h"

namespace tebiki {
namespace {

// SIGINT and SIGTERM are taken by one thread (sigwait) instead of a handler, so stopping
// can join the other threads cleanly. Blocked before any thread starts, so all inherit it.
sigset_t stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

int run_serve(const ServeOptions& options) {
  sigset_t signals = stop_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  DevServer server(options);
  int code = server.start();
  if (code != kExitOk) return code;
  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "\nstopping (" << (received == SIGINT ? "SIGINT" : "SIGTERM") << ")\n";
  server.stop();
  std::cerr << "stopped\n";
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  auto* command = app.add_subcommand("serve", "Build, serve on 127.0.0.1 and rebuild on every change");
  command->add_option("SRC", options->build.source_dir, "Folder of the book (default: content)");
  command->add_option("--port", options->port, "Port (default: 8000; 0 picks a free one)")->check(CLI::Range(0, 65535));
  command->add_option("--bind", options->bind, "Address to listen on (default: 127.0.0.1)");
  command->add_option("-o,--output", options->output_dir, "Also write the site into this folder after each build");
  command->add_option("--config", options->build.config_file, "Book configuration (default: SRC/tebiki.yml)");
  command->add_option("--links", options->build.links, "Broken links are errors (default) or warnings")
      ->check(CLI::IsMember({"error", "warn"}));
  command->footer(
      "The site is kept in memory; open pages reload after each rebuild. A failed rebuild\n"
      "shows its findings in the page and here, and the last good site stays served.\n"
      "Examples:\n"
      "  tebiki serve                      content/ on http://127.0.0.1:8000/\n"
      "  tebiki serve docs --port 8080\n"
      "  tebiki serve -o site              also keep site/ up to date\n"
      "Exit status: 0 stopped by Ctrl+C or SIGTERM, 2 bad input or the port is taken.");
  command->callback([options, exit_code] { *exit_code = run_serve(*options); });
}

}  // namespace tebiki
