#include "write.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fstream>

namespace tebiki {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> write_file(const fs::path& path, const std::string& content) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return "cannot write " + path.string();
  return std::nullopt;
}

fs::path sibling(const fs::path& out, const std::string& tag) {
  fs::path absolute = fs::absolute(out).lexically_normal();
  if (absolute.filename().empty()) absolute = absolute.parent_path();
  return absolute.parent_path() / ("." + absolute.filename().string() + "." + tag + "-" + std::to_string(getpid()));
}

std::optional<std::string> fill(const fs::path& folder, const SiteFiles& files) {
  for (const auto& [path, content] : files) {
    if (auto error = write_file(folder / path, content)) return error;
  }
  return write_file(folder / kSiteMarker, "This folder was written by tebiki and is replaced by each build.\n");
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
  fs::path staging = sibling(out, "tebiki-new");
  std::error_code ec;
  fs::remove_all(staging, ec);
  if (auto error = fill(staging, files)) {
    fs::remove_all(staging, ec);
    return error;
  }
  if (fs::exists(out, ec)) {
    // One atomic exchange: readers see the old site or the new one, never a mix.
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
      std::string message = std::string("cannot swap the new site into place: ") + std::strerror(errno);
      fs::remove_all(staging, ec);
      return message;
    }
    fs::remove_all(staging, ec);  // now holds the previous site
    return std::nullopt;
  }
  fs::rename(staging, out, ec);
  if (ec) {
    fs::remove_all(staging, ec);
    return "cannot move the new site into place: " + ec.message();
  }
  return std::nullopt;
}

}  // namespace tebiki
