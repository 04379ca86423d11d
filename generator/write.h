// Pass 8: the site is written into a temporary folder beside the output and swapped in, so a
// failed build leaves the previous site untouched. Only a folder that tebiki created (it holds
// a marker file) is ever replaced; nothing else is deleted.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "post_check.h"

namespace tebiki {

/// The marker file inside every folder tebiki writes.
inline constexpr const char* kSiteMarker = ".tebiki-site";

/// Why the output folder may not be used (it exists, is not empty and is not tebiki's), or
/// nullopt when it is safe.
std::optional<std::string> check_output_folder(const std::filesystem::path& out);

/// Writes all files and swaps the folder in. Returns an error message on failure; the
/// previous site is then still in place and no temporary folder is left.
std::optional<std::string> write_site(const std::filesystem::path& out, const SiteFiles& files);

}  // namespace tebiki
