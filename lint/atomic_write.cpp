#include "atomic_write.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

namespace tebiki {
namespace fs = std::filesystem;
namespace {

// The mode of the file being replaced, or what a new file gets under the current umask.
mode_t mode_for(const fs::path& path) {
  struct stat status;
  if (::stat(path.c_str(), &status) == 0) return status.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

bool fail(std::string* error, const std::string& what, const fs::path& path) {
  *error = what + " " + path.string() + ": " + std::strerror(errno);
  return false;
}

// Makes the rename itself durable; a folder that cannot be synced is not an error.
void sync_folder(const fs::path& folder) {
  int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The writer's process id of a temporary name `.NAME.tebiki-PID-XXXXXX`, or -1.
long temporary_writer(const std::string& name) {
  std::size_t tag = name.rfind(".tebiki-");
  if (name.size() < 2 || name[0] != '.' || tag == std::string::npos || tag == 0) return -1;
  std::string rest = name.substr(tag + 8);  // "PID-XXXXXX"
  std::size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string::npos || rest.size() - dash - 1 != 6) return -1;
  if (rest.find_first_not_of("0123456789") != dash) return -1;
  bool random = std::all_of(rest.begin() + static_cast<long>(dash) + 1, rest.end(),
                            [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return random && dash < 10 ? std::stol(rest.substr(0, dash)) : -1;
}

fs::path resolve_link(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(path, ec)) return path;
  fs::path target = fs::canonical(path, ec);
  return ec ? path : target;
}

// Writes into what is already there: a device, a pipe or a terminal (`--output /dev/stdout`),
// which a rename would replace by a regular file.
bool write_in_place(const fs::path& path, std::string_view text, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return fail(error, "cannot write", path);
  bool ok = write_all(fd, text);
  int saved = errno;
  if (::close(fd) != 0 && ok) saved = errno, ok = false;
  errno = saved;
  return ok || fail(error, "cannot write", path);
}

}  // namespace

bool write_file_atomically(const fs::path& requested, std::string_view text, std::string* error) {
  std::error_code ec;
  fs::file_status existing = fs::status(requested, ec);  // through links
  if (!ec && fs::exists(existing) && !fs::is_regular_file(existing)) return write_in_place(requested, text, error);
  fs::path path = resolve_link(requested);
  fs::path folder = path.parent_path();
  std::string tag = ".tebiki-" + std::to_string(::getpid()) + "-XXXXXX";
  std::string pattern = (folder / ("." + path.filename().string() + tag)).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return fail(error, "cannot create a temporary file for", path);
  fs::path temporary(name.data());
  bool ok = ::fchmod(fd, mode_for(path)) == 0 && write_all(fd, text) && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(temporary.c_str(), path.c_str()) == 0) {
    sync_folder(folder);
    return true;
  }
  fail(error, "cannot write", path);
  ::unlink(temporary.c_str());
  return false;
}

bool process_running(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

std::size_t remove_stale_temporaries(const fs::path& folder) {
  std::size_t removed = 0;
  std::error_code ec;
  std::error_code query;  // an entry that cannot be queried or removed is left alone
  for (fs::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end; it.increment(ec)) {
    long writer = temporary_writer(it->path().filename().string());
    if (writer < 0 || process_running(writer) || !it->is_regular_file(query)) continue;
    removed += fs::remove(it->path(), query) ? 1 : 0;
  }
  return removed;
}

}  // namespace tebiki
