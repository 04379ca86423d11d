#include "dev_server.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iomanip>
#include <iostream>

#include "book_config.h"
#include "cli.h"
#include "diagnostic_printer.h"
#include "format_text.h"
#include "source_lookup.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kOverlayLimit = 20000;  // bytes of findings shown in the page

std::vector<fs::path> folders_to_skip(const ServeOptions& options) {
  if (options.output_dir.empty()) return {};
  return {options.output_dir};
}

bool is_data_file(const std::string& path) {
  return path.ends_with(".yml") || path.ends_with(".yaml") || path.ends_with(".json");
}

// What the page overlay shows: located errors and error-level findings, as in the terminal.
std::string failure_text(const BuildResult& result) {
  std::string text;
  for (const SourceError& error : result.errors) text += error.to_string() + "\n";
  Diagnostics errors;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity == Severity::Error) errors.push_back(d);
  }
  SourceLookup none = [](const std::string&) -> const SourceFile* { return nullptr; };
  text += format_text(errors, with_files_from_disk(none), false);
  if (!result.write_error.empty()) text += "error: " + result.write_error + "\n";
  if (text.size() > kOverlayLimit) text = text.substr(0, kOverlayLimit) + "\n…\n";
  return text;
}

// The findings worth printing after a rebuild: every error, and the warnings of the files
// that changed (the others were printed before).
Diagnostics findings_to_print(const Diagnostics& all, const std::set<std::string>& changed, const fs::path& source_dir) {
  Diagnostics out;
  for (const Diagnostic& d : all) {
    std::string relative = fs::path(d.file).lexically_relative(source_dir).generic_string();
    if (d.severity == Severity::Error || changed.empty() || changed.count(relative)) out.push_back(d);
  }
  return out;
}

std::string file_list(const std::set<std::string>& files) {
  std::string list;
  std::size_t shown = 0;
  for (const std::string& file : files) {
    if (shown++ == 4) return list + " …";
    list += (list.empty() ? "" : ", ") + file;
  }
  return list;
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

DevServer::DevServer(ServeOptions options)
    : options_(std::move(options)), http_(site_), watcher_(options_.build.source_dir, folders_to_skip(options_)) {
  options_.build.output_dir = options_.output_dir;
  options_.build.write = !options_.output_dir.empty();
  options_.build.cache = &cache_;
}

DevServer::~DevServer() { stop(); }

int DevServer::start() {
  if (auto problem = book_folder_problem(options_.build.source_dir)) {
    std::cerr << options_.build.source_dir.string() << ":1:1: error: " << *problem << '\n';
    return kExitUsage;
  }
  if (!rebuild({})) return kExitUsage;
  int port = http_.bind(options_.bind, options_.port);
  if (port < 0) {
    std::cerr << "error: cannot listen on " << options_.bind << ":" << options_.port << " (in use?)\n";
    return kExitUsage;
  }
  if (!watcher_.error().empty()) std::cerr << "warning: " << watcher_.error() << "; pages will not rebuild\n";
  std::string host = options_.bind.find(':') != std::string::npos ? "[" + options_.bind + "]" : options_.bind;
  std::cerr << "serving " << options_.build.source_dir.string() << " on http://" << host << ":" << port
            << "/ (Ctrl+C to stop)" << std::endl;
  http_thread_ = std::thread([this] { http_.run(); });
  watch_thread_ = std::thread([this] { watch_loop(); });
  return kExitOk;
}

void DevServer::stop() {
  watcher_.stop();
  site_.stop();
  http_.stop();
  if (watch_thread_.joinable()) watch_thread_.join();
  if (http_thread_.joinable()) http_thread_.join();
}

void DevServer::watch_loop() {
  for (std::set<std::string> changed; !(changed = watcher_.wait()).empty();) {
    std::set<std::string> relevant = sort_out(changed);
    if (relevant.empty()) continue;
    try {
      rebuild_pages_first(relevant);
      rebuild(relevant);
    } catch (const std::exception& e) {  // the server goes on with the last good site
      std::cerr << "error: the rebuild stopped: " << e.what() << "; still serving the last good site\n";
    }
  }
}

std::set<std::string> DevServer::sort_out(const std::set<std::string>& changed) {
  std::set<std::string> relevant;
  bool data_changed = false;
  for (const std::string& path : changed) {
    if (path.ends_with(".md") && !page_sources_.count(path)) continue;  // not a page of the book
    // A listed page deleted: the book is checked again from tebiki.yml, which names the line
    // that lists it (the cached one would only find the file missing).
    std::error_code ec;
    bool listed_page_gone = page_sources_.count(path) && !fs::exists(options_.build.source_dir / path, ec);
    data_changed |= is_data_file(path) || listed_page_gone;
    relevant.insert(path);
  }
  if (data_changed) cache_.invalidate();
  return relevant;
}

std::set<std::string> DevServer::publish() {
  site_.publish(cache_.files, cache_.changed, !published_);
  std::set<std::string> published = std::move(cache_.changed);
  cache_.changed.clear();
  // A file name need not be UTF-8: its bytes are replaced, not an exception on the watch thread.
  site_.announce("reload", nlohmann::json(published).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return published;
}

// Only when every change is to a page's text and the last build was good: then the cache's
// stand-ins describe every other page, and the page comes out as the full build makes it.
void DevServer::rebuild_pages_first(const std::set<std::string>& changed) {
  if (failing_ || cache_.stand_ins.empty()) return;
  for (const std::string& path : changed) {
    if (!page_sources_.count(path)) return;
  }
  auto start = std::chrono::steady_clock::now();
  BuildOptions quick = options_.build;
  quick.only_pages = changed;
  BuildResult result = build_book(quick);
  if (result.failed_to_start || has_errors(result.diagnostics) || cache_.changed.empty()) return;
  std::set<std::string> published = publish();
  std::cerr << std::fixed << std::setprecision(1) << "page ready in " << milliseconds_since(start)
            << " ms: " << file_list(published) << std::endl;
}

bool DevServer::rebuild(const std::set<std::string>& changed) {
  auto start = std::chrono::steady_clock::now();
  if (!changed.empty()) std::cerr << "changed: " << file_list(changed) << "\n";
  BuildResult result = build_book(options_.build);
  double build_ms = milliseconds_since(start);
  print_errors(result.errors);
  Diagnostics shown = findings_to_print(result.diagnostics, changed, options_.build.source_dir);
  sort_diagnostics(shown);
  print_diagnostics(shown);
  if (result.failed_to_start && !published_) return false;
  bool failed = result.failed_to_start || !result.write_error.empty() || has_errors(result.diagnostics);
  std::vector<SourceError> ignored;  // already reported by the build
  if (auto config = load_book_config(options_.build.source_dir, options_.build.config_file, &ignored)) {
    page_sources_.clear();
    for (const PageEntry& entry : config->pages) page_sources_.insert(fs::path(entry.path).lexically_normal().generic_string());
  }
  if (failed && published_) {
    site_.announce("failed", failure_text(result));
    std::cerr << std::fixed << std::setprecision(1) << "build failed in " << build_ms
              << " ms; still serving the last good site\n";
    failing_ = true;
    return true;
  }
  std::set<std::string> published = publish();
  if (failed) site_.announce("failed", failure_text(result));
  std::cerr << std::fixed << std::setprecision(1) << (published_ ? "rebuilt in " : "built in ") << build_ms << " ms, "
            << result.pages << " pages; " << published.size() << " files changed"
            << (published.empty() ? "" : ": " + file_list(published)) << (failed ? " (with errors)" : "") << std::endl;
  published_ = true;
  failing_ = failed;
  return true;
}

}  // namespace tebiki
