#include "source_watch.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace tebiki {
namespace fs = std::filesystem;
namespace {

constexpr uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE;
constexpr int kQuietMs = 2;  // an editor's save is one burst of events; wait for its end

bool is_inside(const fs::path& path, const fs::path& folder) {
  auto [end, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

}  // namespace

bool is_editor_scratch(const std::string& name) {
  // GNU sed -i writes sedXXXXXX beside the file it edits, then renames it over the file.
  bool sed_temporary = name.size() == 9 && name.starts_with("sed") &&
                       std::all_of(name.begin() + 3, name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return name.empty() || name[0] == '.' || name.back() == '~' || name == "4913" || sed_temporary ||
         name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".tmp");
}

SourceWatcher::SourceWatcher(const fs::path& root, std::vector<fs::path> skip) : skip_(std::move(skip)) {
  std::error_code ec;
  root_ = fs::weakly_canonical(root, ec);
  for (fs::path& folder : skip_) folder = fs::weakly_canonical(folder, ec);
  inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  wake_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_ < 0 || wake_ < 0) {
    error_ = std::string("cannot watch files: ") + std::strerror(errno);
    return;
  }
  watch_tree(root_);
}

SourceWatcher::~SourceWatcher() {
  if (inotify_ >= 0) close(inotify_);
  if (wake_ >= 0) close(wake_);
}

bool SourceWatcher::skipped(const fs::path& path) const {
  return std::any_of(skip_.begin(), skip_.end(), [&](const fs::path& folder) { return is_inside(path, folder); });
}

void SourceWatcher::watch_tree(const fs::path& folder) {
  if (skipped(folder) || (folder != root_ && is_editor_scratch(folder.filename().string()))) return;
  int descriptor = inotify_add_watch(inotify_, folder.c_str(), kFolderEvents);
  if (descriptor < 0) {
    error_ = "cannot watch " + folder.string() + ": " + std::strerror(errno);
    return;
  }
  folders_.emplace_back(descriptor, folder);
  std::error_code ec;
  std::error_code query;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(query) && !it->is_symlink(query)) watch_tree(it->path());
  }
}

void SourceWatcher::read_events(std::set<std::string>& changed) {
  alignas(inotify_event) char buffer[16384];
  for (ssize_t size; (size = read(inotify_, buffer, sizeof buffer)) > 0;) {
    for (char* at = buffer; at < buffer + size;) {
      auto* event = reinterpret_cast<inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      auto folder = std::find_if(folders_.begin(), folders_.end(), [&](const auto& f) { return f.first == event->wd; });
      if (folder == folders_.end() || event->len == 0) continue;
      std::string name = event->name;
      fs::path path = folder->second / name;
      if (is_editor_scratch(name) || skipped(path)) continue;
      bool is_folder = event->mask & IN_ISDIR;
      if (is_folder && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      if (!is_folder && (event->mask & IN_CREATE)) continue;  // its IN_CLOSE_WRITE follows
      changed.insert(path.lexically_relative(root_).generic_string());
    }
  }
}

std::set<std::string> SourceWatcher::wait() {
  std::set<std::string> changed;
  pollfd fds[2] = {{inotify_, POLLIN, 0}, {wake_, POLLIN, 0}};
  while (error_.empty()) {
    int timeout = changed.empty() ? -1 : kQuietMs;
    int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || (fds[1].revents & POLLIN)) return {};
    if (ready == 0) return changed;
    read_events(changed);
  }
  return {};
}

void SourceWatcher::stop() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t written = write(wake_, &one, sizeof one);
}

}  // namespace tebiki
