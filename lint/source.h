// Source text as read from disk, and the map from byte offsets to line:column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace tebiki {

/// Line and code-point column, both 1-based.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// A file's bytes exactly as on disk, with a line index built once.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  bool has_bom() const;
  bool uses_crlf() const;

  Position position(std::size_t offset) const;
  /// The byte offset of a position (the inverse of position()), clamped to its line.
  std::size_t offset(Position position) const;
  /// Byte offset of the start of a 1-based line (clamped to the text).
  std::size_t line_start(std::size_t line) const;
  /// The line containing offset, without its line ending.
  std::string_view line_text(std::size_t line) const;
  std::size_t line_count() const { return line_starts_.size(); }

 private:
  /// Code points in text_[0, offset): from the checkpoint of offset's block, so that a
  /// position in a 10 MB line does not count from the line's start.
  std::size_t code_points_before(std::size_t offset) const;

  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> block_code_points_;  ///< code points before each kBlock-byte block
};

/// Why a file cannot be used, at a position.
struct SourceError {
  std::string path;
  Position position;
  std::string message;
  /// The position is a place in the file's text (a YAML key, a dictionary rule, a nested
  /// block), so the line is shown under the message; otherwise it names the whole file.
  bool in_text = false;

  /// "path:line:col: error: message"
  std::string to_string() const;
};

/// Checks that text is usable as UTF-8 source: no invalid sequence, no NUL byte.
/// Returns the first problem, or nullopt.
std::optional<SourceError> validate_utf8(const std::string& path, const std::string& text);

/// The largest source file read (Markdown, YAML, dictionaries): a bigger one is refused
/// rather than multiplied in memory by the passes.
inline constexpr std::size_t kMaxSourceBytes = std::size_t{16} << 20;

/// Reads a whole file. On failure (missing, unreadable, not a regular file, over
/// kMaxSourceBytes, invalid UTF-8, NUL) sets *error.
std::optional<SourceFile> read_source(const std::string& path, SourceError* error);

/// The text of a file for showing its lines under an error: every invalid byte and NUL
/// becomes U+FFFD, so that a file read_source refuses for its bytes still shows the line of
/// the first bad one (everything before it is intact, so its position still holds).
/// nullopt when the file cannot be read at all.
std::optional<SourceFile> read_source_for_display(const std::string& path);

/// True when a file system query failed for another reason than the path not existing
/// (ENOENT, ENOTDIR): EACCES, ELOOP, ENAMETOOLONG… deserve the system's own words.
bool is_refusal(const std::error_code& ec);

/// Why `path` cannot be read as a source file, or nullopt when it can: "no such file", "not a
/// regular file" (a folder, a FIFO, a device), "file too large: …", or "cannot read file: "
/// and the system's reason.
std::optional<std::string> file_problem(const std::string& path);

/// Why `path` cannot be read as a folder, or nullopt when it can: "no such folder", "not a
/// folder", or "cannot open folder: " and the system's reason.
std::optional<std::string> folder_problem(const std::string& path);

/// Number of code points in a valid UTF-8 string.
std::size_t count_code_points(std::string_view text);

/// decode_utf8 for every sequence (the inline part below handles the common ones).
char32_t decode_utf8_sequence(std::string_view text, std::size_t i, std::size_t* length);

/// Decodes one code point at text[i]; sets *length (1 on invalid bytes). ASCII and the
/// three-byte sequences of Japanese are decoded inline: loops over a whole book's text call
/// this for every character.
inline char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t* length) {
  auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return *length = 1, lead;
  if ((lead & 0xF0) == 0xE0 && i + 2 < text.size()) {
    auto second = static_cast<unsigned char>(text[i + 1]), third = static_cast<unsigned char>(text[i + 2]);
    char32_t c = (char32_t{lead} & 0x0F) << 12 | (char32_t{second} & 0x3F) << 6 | (third & 0x3F);
    bool valid = (second & 0xC0) == 0x80 && (third & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF);
    if (valid) return *length = 3, c;
  }
  return decode_utf8_sequence(text, i, length);
}
/// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace tebiki
