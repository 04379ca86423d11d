// The running `tebiki serve`: the first build, the HTTP server, and the loop that waits for
// changes in the source folder, rebuilds with the previous build's cache, and publishes.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <thread>

#include "build.h"
#include "build_cache.h"
#include "live_site.h"
#include "serve_http.h"
#include "source_watch.h"

namespace tebiki {

struct ServeOptions {
  BuildOptions build;                 ///< source_dir, config_file, links
  std::filesystem::path output_dir;   ///< empty: the site lives in memory only
  std::string bind = "127.0.0.1";
  int port = 8000;
};

class DevServer {
 public:
  explicit DevServer(ServeOptions options);
  ~DevServer();
  /// Builds, binds and starts serving and watching; an exit code (kExitOk: running).
  int start();
  /// Stops watching and serving; returns when every thread has ended.
  void stop();

 private:
  /// One build; publishes and announces it when good. False when it could not start.
  bool rebuild(const std::set<std::string>& changed);
  /// The edited pages alone, published before the rest of the rebuild when they can be.
  void rebuild_pages_first(const std::set<std::string>& changed);
  /// Publishes what the cache marks as changed and tells the open pages.
  std::set<std::string> publish();
  /// Which of the changed files the book uses; clears the cache when data or config changed.
  std::set<std::string> sort_out(const std::set<std::string>& changed);
  void watch_loop();

  ServeOptions options_;
  BuildCache cache_;
  LiveSite site_;
  LiveServer http_;
  SourceWatcher watcher_;
  std::set<std::string> page_sources_;
  bool failing_ = false;
  bool published_ = false;
  std::thread http_thread_;
  std::thread watch_thread_;
};

}  // namespace tebiki
