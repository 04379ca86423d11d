#include "atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

fs::path resolve_link(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(path, ec)) return path;
  fs::path target = fs::canonical(path, ec);
  return ec ? path : target;
}

}  // namespace

bool write_file_atomically(const fs::path& requested, std::string_view text, std::string* error) {
  fs::path path = resolve_link(requested);
  fs::path folder = path.parent_path();
  std::string pattern = (folder / ("." + path.filename().string() + ".tebiki-XXXXXX")).string();
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

}  // namespace tebiki
