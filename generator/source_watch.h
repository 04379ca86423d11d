// `tebiki serve` watches the book's folder with inotify: every sub-folder, new ones as they
// appear. An editor's save comes as a burst of events (write, rename, a backup file); the
// burst is collected until the folder has been quiet for a few milliseconds.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace tebiki {

class SourceWatcher {
 public:
  /// Watches `root` and its sub-folders except those in `skip` (an output folder inside it).
  SourceWatcher(const std::filesystem::path& root, std::vector<std::filesystem::path> skip);
  ~SourceWatcher();
  SourceWatcher(const SourceWatcher&) = delete;
  SourceWatcher& operator=(const SourceWatcher&) = delete;

  /// Empty when watching works; otherwise why not.
  const std::string& error() const { return error_; }
  /// Blocks until files change; returns their paths relative to the root ("chapter1.md",
  /// "img/a.png"). Returns an empty set once stop() was called.
  std::set<std::string> wait();
  /// Makes wait() return (callable from any thread or a signal handler).
  void stop();

 private:
  void watch_tree(const std::filesystem::path& folder);
  bool skipped(const std::filesystem::path& path) const;
  void read_events(std::set<std::string>& changed);

  std::filesystem::path root_;
  std::vector<std::filesystem::path> skip_;
  int inotify_ = -1;
  int wake_ = -1;  ///< eventfd that stop() writes
  std::vector<std::pair<int, std::filesystem::path>> folders_;  ///< watch descriptor → folder
  std::string error_;
};

/// True for the files editors write beside the real one (".x.swp", "x~", "4913", ".#x",
/// sed -i's "sedAb12Cd").
bool is_editor_scratch(const std::string& name);

}  // namespace tebiki
