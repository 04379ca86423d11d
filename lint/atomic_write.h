// Replaces a file's contents so that readers see either the old or the new file, never half.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tebiki {

/// Writes `text` to a temporary file in the same folder (same permissions as the file it
/// replaces, or as a new file would get), flushes it to disk, and renames it over `path`.
/// A symbolic link is followed: its target is replaced, the link stays. On failure the
/// temporary file is removed, `path` is untouched, *error says why, and false is returned.
bool write_file_atomically(const std::filesystem::path& path, std::string_view text,
                           std::string* error);

}  // namespace tebiki
