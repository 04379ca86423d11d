#include "fuzz_folder.h"

#include <cstdlib>
#include <fstream>

namespace tebiki::fuzzing {
namespace fs = std::filesystem;
namespace {

fs::path& folder() {
  static fs::path path;
  return path;
}

void remove_folder() {
  std::error_code ignored;
  fs::remove_all(folder(), ignored);
}

}  // namespace

const fs::path& fuzz_folder() {
  if (folder().empty()) {
    std::string pattern = (fs::temp_directory_path() / "tebiki-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    folder() = pattern;
    std::atexit(remove_folder);
  }
  return folder();
}

fs::path write_fuzz_file(const std::string& relative, const std::string& bytes) {
  fs::path path = fuzz_folder() / relative;
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace tebiki::fuzzing
