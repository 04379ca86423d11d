// `tebiki init DIR`: a minimal new book that builds and lints clean.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace tebiki {

/// Writes the starter book into `dir` (created if missing). Refuses a non-empty folder.
/// Returns an error message, or nullopt on success.
std::optional<std::string> init_book(const std::filesystem::path& dir);

}  // namespace tebiki
