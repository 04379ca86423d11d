#include "write.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include "atomic_write.h"
#include "linter.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return "cannot write " + path.string();
  return std::nullopt;
}

fs::path sibling(const fs::path& out, const std::string& tag) {
  std::error_code ec;
  fs::path absolute = fs::absolute(out, ec).lexically_normal();
  if (absolute.filename().empty()) absolute = absolute.parent_path();
  return absolute.parent_path() / ("." + absolute.filename().string() + "." + tag + "-" + std::to_string(getpid()));
}

// True when `path` is a regular file (not a link to one) holding exactly `content`.
bool holds(const fs::path& path, const std::string& content) {
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat info;
  bool same = fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) == content.size();
  std::string buffer(same ? content.size() : 0, '\0');
  for (std::size_t done = 0; same && done < buffer.size();) {
    ssize_t got = read(fd, buffer.data() + done, buffer.size() - done);
    if (got <= 0) same = false;
    else done += static_cast<std::size_t>(got);
  }
  close(fd);
  return same && buffer == content;
}

// A file that the previous site already holds byte for byte is linked (a second name for the
// same file), not written again: a rebuild that changes a few pages then writes only those,
// and the file system allocates no new file for the rest (which, after the previous build
// removed as many, was most of the time of writing a large site). tebiki never writes into a
// file in place, so the two sites cannot see each other's changes.
std::optional<std::string> place_file(const fs::path& previous, const fs::path& target, const std::string& content) {
  if (!previous.empty() && holds(previous, content) && link(previous.c_str(), target.c_str()) == 0) return std::nullopt;
  return write_file(target, content);
}

/// The folders of the previous site, and whether each is a real folder of it (no symbolic
/// link on the way): only their files are reused, never one that a link leads out to.
class PreviousSite {
 public:
  explicit PreviousSite(fs::path root) : root_(std::move(root)) {}

  /// Where the previous site holds `path`, or empty when it cannot be reused.
  fs::path file(const std::string& path) {
    if (root_.empty()) return {};
    fs::path relative(path);
    return real_folder(relative.parent_path()) ? root_ / relative : fs::path();
  }

 private:
  bool real_folder(const fs::path& relative) {
    if (relative.empty()) return true;
    auto known = folders_.find(relative);
    if (known != folders_.end()) return known->second;
    std::error_code ec;
    bool real = real_folder(relative.parent_path()) && fs::symlink_status(root_ / relative, ec).type() == fs::file_type::directory;
    return folders_[relative] = real;
  }

  fs::path root_;
  std::map<fs::path, bool> folders_;
};

// The marker comes first: a build killed while filling leaves a folder that the next build
// can tell is tebiki's. `previous` is the site being replaced (empty when there is none).
// The folders are made first, one thread; then the files are written on every core (the
// copying into the file system's cache is most of the time). After a failure (a full disk)
// no further file is started; the error of the first file in path order among those that
// failed is returned.
std::optional<std::string> fill(const fs::path& folder, PreviousSite previous, const SiteFiles& files) {
  const char* marker = "This folder was written by tebiki and is replaced by each build.\n";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return "cannot create " + folder.string() + ": " + ec.message();
  if (auto error = write_file(folder / kSiteMarker, marker)) return error;
  std::set<fs::path> made{folder};  // a folder is made once, not checked again for every file
  std::vector<std::pair<fs::path, const SiteFiles::value_type*>> jobs;  // previous site's file, the new one
  for (const auto& file : files) {
    fs::path target = folder / file.first;
    if (made.insert(target.parent_path()).second) fs::create_directories(target.parent_path(), ec);
    jobs.emplace_back(previous.file(file.first), &file);
  }
  std::mutex mutex;
  std::atomic<bool> failed = false;
  std::size_t failed_at = jobs.size();
  std::optional<std::string> first_error;
  parallel_for(jobs.size(), [&](std::size_t i) {
    if (failed.load(std::memory_order_relaxed)) return;
    const auto& [path, content] = *jobs[i].second;
    auto error = place_file(jobs[i].first, folder / path, content);
    if (!error) return;
    failed = true;
    std::lock_guard lock(mutex);
    if (i < failed_at) failed_at = i, first_error = error;
  });
  return first_error;
}

// Removes a folder that tebiki wrote, its marker last: a run killed halfway through leaves a
// folder that still has the marker, so the next run knows it may remove the rest.
void remove_site_folder(const fs::path& folder) {
  std::error_code ec;
  std::error_code removal;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename() != kSiteMarker) fs::remove_all(it->path(), removal);
  }
  fs::remove_all(folder, ec);
}

// The process id in a staging folder's name `PREFIX<pid>`, or -1.
long staging_writer(const std::string& name, const std::string& prefix) {
  std::string pid = name.starts_with(prefix) ? name.substr(prefix.size()) : "";
  bool digits = !pid.empty() && pid.size() < 10 && pid.find_first_not_of("0123456789") == pid.npos;
  return digits ? std::stol(pid) : -1;
}

// A build killed (SIGKILL) while filling its staging folder, or while removing the previous
// site after the swap, leaves `.NAME.tebiki-new-PID`. Removed when that process is gone and
// the folder is tebiki's (marker) or empty.
void remove_stale_staging(const fs::path& out) {
  fs::path ours = sibling(out, "tebiki-new");
  std::string prefix = ours.filename().string();
  prefix.erase(prefix.rfind('-') + 1);  // ".site.tebiki-new-"
  std::error_code ec;
  std::error_code query;  // an entry that cannot be queried is left alone
  for (fs::directory_iterator it(ours.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    long writer = staging_writer(it->path().filename().string(), prefix);
    if (writer < 0 || process_running(writer) || !it->is_directory(query)) continue;
    if (fs::exists(it->path() / kSiteMarker, query) || fs::is_empty(it->path(), query)) {
      remove_site_folder(it->path());
    }
  }
}

}  // namespace

std::optional<std::string> check_output_folder(const fs::path& out) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return std::nullopt;
  if (!fs::is_directory(out, ec)) return out.string() + " exists and is not a folder";
  if (fs::exists(out / kSiteMarker, ec) || fs::is_empty(out, ec)) return std::nullopt;
  return out.string() + " is not empty and was not written by tebiki (no " + kSiteMarker +
         " inside); refusing to replace it";
}

std::optional<std::string> write_site(const fs::path& out, const SiteFiles& files) {
  if (auto problem = check_output_folder(out)) return problem;
  remove_stale_staging(out);
  fs::path staging = sibling(out, "tebiki-new");
  std::error_code ec;
  remove_site_folder(staging);
  fs::path previous = fs::exists(out / kSiteMarker, ec) ? out : fs::path();
  if (auto error = fill(staging, PreviousSite(previous), files)) {
    remove_site_folder(staging);
    return error;
  }
  if (fs::exists(out, ec)) {
    // One atomic exchange: readers see the old site or the new one, never a mix.
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
      std::string message = std::string("cannot swap the new site into place: ") + std::strerror(errno);
      remove_site_folder(staging);
      return message;
    }
    remove_site_folder(staging);  // now holds the previous site
    return std::nullopt;
  }
  fs::rename(staging, out, ec);
  if (ec) {
    remove_site_folder(staging);
    return "cannot move the new site into place: " + ec.message();
  }
  return std::nullopt;
}

}  // namespace tebiki
