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
/// What is not a regular file (a device, a FIFO, a terminal) is written into as it is, never
/// replaced: no temporary file, and a failed write may have written part of the text.
bool write_file_atomically(const std::filesystem::path& path, std::string_view text,
                           std::string* error);

/// The temporary file of write_file_atomically is `.NAME.tebiki-PID-XXXXXX` beside NAME: a
/// process killed between creating and renaming it (SIGKILL, power cut) leaves it behind.
/// Removes those of `folder` whose writer (PID) no longer runs; returns how many.
std::size_t remove_stale_temporaries(const std::filesystem::path& folder);

/// True while a process with this id exists (temporary names carry their writer's id).
bool process_running(long pid);

}  // namespace tebiki
