// Support for the fuzz targets: one temporary folder per fuzzing process, and files in it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace tebiki::fuzzing {

/// A folder under the system temporary folder, created on first use and removed at exit.
const std::filesystem::path& fuzz_folder();

/// Writes bytes to `fuzz_folder() / relative` (folders created as needed); returns the path.
std::filesystem::path write_fuzz_file(const std::string& relative, const std::string& bytes);

/// The fuzzer's input as a string.
inline std::string input_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace tebiki::fuzzing
