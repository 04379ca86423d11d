#include "source.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tebiki {
namespace {

constexpr std::size_t kBlock = 256;  // bytes between code point checkpoints

std::string too_large_message() {
  return "file too large: the limit is " + std::to_string(kMaxSourceBytes >> 20) + " MiB";
}

// At most kMaxSourceBytes + 1 bytes: the file may have grown since it was checked.
std::string read_bounded(std::ifstream& in) {
  std::string text;
  char buffer[1 << 16];
  while (text.size() <= kMaxSourceBytes && in.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return text;
}

// Why a file that passed file_problem did not open: it may have gone in between.
std::string opening_problem(int error) {
  std::error_code ec(error, std::generic_category());
  if (!error) return "cannot read file";
  return is_refusal(ec) ? "cannot read file: " + ec.message() : "no such file";
}

bool starts_code_point(char c) { return (c & 0xC0) != 0x80; }

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (i % kBlock == 0) block_code_points_.push_back(code_points);
    code_points += starts_code_point(text_[i]);
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text_[i] == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n')) {
      line_starts_.push_back(i + 1);  // a lone CR ends a line, as in CommonMark
    }
  }
}

bool SourceFile::has_bom() const { return text_.starts_with("\xEF\xBB\xBF"); }

bool SourceFile::uses_crlf() const { return text_.find("\r\n") != std::string::npos; }

std::size_t SourceFile::code_points_before(std::size_t offset) const {
  if (block_code_points_.empty()) return 0;  // an empty text
  std::size_t block = std::min(offset / kBlock, block_code_points_.size() - 1);
  std::string_view rest(text_.data() + block * kBlock, offset - block * kBlock);
  return block_code_points_[block] + count_code_points(rest);
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  std::size_t column = code_points_before(offset) - code_points_before(start) + 1;
  if (line == 1 && offset >= 3 && has_bom()) --column;  // the BOM is not part of the text
  return Position{line, column};
}

std::size_t SourceFile::offset(Position position) const {
  std::string_view line = line_text(position.line);
  std::size_t start = line_start(position.line);
  std::size_t i = position.line == 1 && has_bom() ? 3 : 0;  // the BOM is not a column
  for (std::size_t column = 1; column < position.column && i < line.size(); ++column) {
    std::size_t length = 1;
    decode_utf8(line, i, &length);
    i += length;
  }
  return start + std::min(i, line.size());
}

std::size_t SourceFile::line_start(std::size_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceFile::line_text(std::size_t line) const {
  std::size_t start = line_start(line);
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view view(text_.data() + start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

std::string SourceError::to_string() const {
  std::ostringstream out;
  out << path << ':' << position.line << ':' << position.column << ": error: " << message;
  return out.str();
}

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

char32_t decode_utf8_sequence(std::string_view text, std::size_t i, std::size_t* length) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t need = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                     : (lead >> 3) == 0x1E ? 4 : 0;
  if (need == 0 || i + need > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  char32_t cp = need == 1 ? lead : need == 2 ? (lead & 0x1F) : need == 3 ? (lead & 0x0F) : (lead & 0x07);
  for (std::size_t k = 1; k < need; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[need] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *length = 1;
    return 0xFFFD;
  }
  *length = need;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// True when the bytes at i, decoded as cp of `length` bytes, are not UTF-8 (decode_utf8 gives
// U+FFFD for one byte; a U+FFFD written in the text is three).
bool is_invalid_byte(std::string_view text, std::size_t i, char32_t cp, std::size_t length) {
  return cp == 0xFFFD && length == 1 && static_cast<unsigned char>(text[i]) >= 0x80;
}

}  // namespace

std::optional<SourceError> validate_utf8(const std::string& path, const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte != 0 && byte < 0x80) {  // most bytes: no need to decode
      ++i;
      continue;
    }
    if (byte == 0) {
      SourceFile file(path, text.substr(0, i));
      return SourceError{path, file.position(i), "NUL byte in text file", true};
    }
    std::size_t length = 0;
    char32_t cp = decode_utf8(text, i, &length);
    if (is_invalid_byte(text, i, cp, length)) {
      SourceFile file(path, text.substr(0, i));
      return SourceError{path, file.position(i), "invalid UTF-8 byte sequence", true};
    }
    i += length;
  }
  return std::nullopt;
}

// A FIFO or a device would block or never end; a file over the limit would take the memory
// of every copy the passes make. Both are refused before reading.
std::optional<std::string> file_problem(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (is_refusal(ec)) return "cannot read file: " + ec.message();
  if (!std::filesystem::exists(status)) return "no such file";
  if (!std::filesystem::is_regular_file(status)) return "not a regular file";
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return "cannot read file: " + ec.message();
  if (size > kMaxSourceBytes) return too_large_message();
  return std::nullopt;
}

bool is_refusal(const std::error_code& ec) {
  return ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory;
}

std::optional<std::string> folder_problem(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (is_refusal(ec)) return "cannot open folder: " + ec.message();
  if (!std::filesystem::exists(status)) return "no such folder";
  if (!std::filesystem::is_directory(status)) return "not a folder";
  return std::nullopt;
}

namespace {

// The bytes of a file, unchecked. On failure sets *error.
std::optional<std::string> read_bytes(const std::string& path, SourceError* error) {
  auto problem = file_problem(path);  // before opening: opening a FIFO blocks
  std::ifstream in;
  errno = 0;  // libstdc++ opens with fopen, which sets errno; the standard does not promise it
  if (!problem) in.open(path, std::ios::binary);
  if (!problem && !in) problem = opening_problem(errno);
  if (problem) {
    *error = SourceError{path, {1, 1}, *problem};
    return std::nullopt;
  }
  std::string text = read_bounded(in);
  if (text.size() > kMaxSourceBytes) {
    *error = SourceError{path, {1, 1}, too_large_message()};
    return std::nullopt;
  }
  return text;
}

}  // namespace

std::optional<SourceFile> read_source(const std::string& path, SourceError* error) {
  auto text = read_bytes(path, error);
  if (!text) return std::nullopt;
  if (auto problem = validate_utf8(path, *text)) {
    *error = *problem;
    return std::nullopt;
  }
  return SourceFile(path, std::move(*text));
}

std::optional<SourceFile> read_source_for_display(const std::string& path) {
  SourceError ignored;
  auto text = read_bytes(path, &ignored);
  if (!text) return std::nullopt;
  std::string shown;
  shown.reserve(text->size());
  for (std::size_t i = 0, length = 0; i < text->size(); i += length) {
    char32_t cp = decode_utf8(*text, i, &length);
    if (cp == 0 || is_invalid_byte(*text, i, cp, length)) cp = 0xFFFD;
    append_utf8(shown, cp);
  }
  return SourceFile(path, std::move(shown));
}

}  // namespace tebiki
