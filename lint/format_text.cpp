#include "format_text.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "terminal_width.h"

namespace tebiki {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kGreen = "\x1b[1;32m";
constexpr const char* kReset = "\x1b[0m";
// Lines longer than this are cut around the range, so a 10 MB line prints as a few hundred bytes.
constexpr std::size_t kLongLine = 512;
constexpr std::size_t kContextBytes = 160;

const char* severity_color(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "\x1b[1;31m";
    case Severity::Warning:
      return "\x1b[1;35m";
    case Severity::Note:
      return "\x1b[1;36m";
  }
  return kBold;
}

std::string paint(std::string_view text, const char* code, bool color) {
  if (!color) return std::string(text);
  return code + std::string(text) + kReset;
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The part of a source line shown under a diagnostic, with the range's byte offsets in it.
struct Excerpt {
  std::string text;
  std::size_t from = 0;
  std::size_t to = 0;
};

// Control characters from the file must not reach the terminal as escape sequences.
std::string printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) c = '?';
  }
  return out;
}

Excerpt clip_long_line(std::string_view line, std::size_t from, std::size_t to) {
  if (line.size() <= kLongLine) return {printable(line), from, to};
  std::size_t start = from > kContextBytes ? from - kContextBytes : 0;
  while (start > 0 && is_continuation(line[start])) --start;
  std::size_t stop = std::min(line.size(), std::max(to, from) + kContextBytes);
  while (stop < line.size() && is_continuation(line[stop])) ++stop;
  std::string head = start > 0 ? "..." : "";
  std::string tail = stop < line.size() ? "..." : "";
  std::string text = head + printable(line.substr(start, stop - start)) + tail;
  return {text, from - start + head.size(), to - start + head.size()};
}

// The excerpt of bytes [begin, end) of the source, on the line where they begin.
Excerpt excerpt_of(const SourceFile& source, std::size_t line_number, std::size_t begin, std::size_t end) {
  std::string_view line = source.line_text(line_number);
  std::size_t start = source.line_start(line_number);
  std::size_t from = std::clamp(begin, start, start + line.size()) - start;
  std::size_t to = std::clamp(end, start + from, start + line.size()) - start;
  if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) {
    line.remove_prefix(3);
    from = from >= 3 ? from - 3 : 0;
    to = to >= 3 ? to - 3 : 0;
  }
  return clip_long_line(line, from, to);
}

// The location line: "path:line:col: severity: message".
void append_located(std::string& out, const std::string& file, Position at, Severity severity,
                    const std::string& message, bool color) {
  std::string where = file + ':' + std::to_string(at.line) + ':' + std::to_string(at.column) + ':';
  out += paint(where, kBold, color) + ' ';
  out += paint(std::string(severity_name(severity)) + ':', severity_color(severity), color);
  out += ' ' + paint(message, kBold, color) + '\n';
}

void append_excerpt(std::string& out, const Excerpt& excerpt, bool color) {
  out += excerpt.text + '\n';
  out += paint(caret_line(excerpt.text, excerpt.from, excerpt.to), kGreen, color) + '\n';
}

void append_entry(std::string& out, const Diagnostic& d, const SourceLookup& lookup, bool color) {
  DiagnosticSpan span = locate(d, lookup);
  append_located(out, d.file, span.begin, d.severity, d.message + " [" + d.rule + ']', color);
  const SourceFile* source = lookup ? lookup(d.file) : nullptr;
  if (source) append_excerpt(out, excerpt_of(*source, span.begin.line, d.begin, d.end), color);
}

// An error about a whole file (missing, refused, leading outside the book) shows no line of
// it; one at a place in its text does, wherever the place is (1:1 too).
void append_error(std::string& out, const SourceError& error, const SourceLookup& lookup, bool color) {
  append_located(out, error.path, error.position, Severity::Error, error.message, color);
  const SourceFile* source = lookup && error.in_text ? lookup(error.path) : nullptr;
  if (!source || error.position.line > source->line_count()) return;
  std::size_t offset = source->offset(error.position);
  append_excerpt(out, excerpt_of(*source, error.position.line, offset, offset), color);
}

std::string count_of(std::size_t count, const char* singular, const char* plural) {
  return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}

}  // namespace

std::string caret_line(std::string_view line, std::size_t from, std::size_t to) {
  std::string caret;
  std::size_t i = 0;
  for (; i < from && i < line.size();) {
    std::size_t length = 1;
    char32_t cp = decode_utf8(line, i, &length);
    caret += cp == U'\t' ? std::string("\t") : std::string(code_point_width(cp), ' ');
    i += length;
  }
  caret += '^';
  if (i >= to || i >= line.size()) return caret;
  std::size_t length = 1;
  std::size_t cells = static_cast<std::size_t>(code_point_width(decode_utf8(line, i, &length)));
  cells += display_width(line.substr(i + length, std::min(to, line.size()) - i - length));
  if (cells > 1) caret.append(cells - 1, '~');
  return caret;
}

std::string format_text(const Diagnostics& diagnostics, const SourceLookup& lookup, bool color) {
  std::string out;
  for (const Diagnostic& d : diagnostics) append_entry(out, d, lookup, color);
  return out;
}

std::string format_errors(const std::vector<SourceError>& errors, const SourceLookup& lookup,
                          bool color) {
  std::string out;
  for (const SourceError& error : errors) append_error(out, error, lookup, color);
  return out;
}

std::string format_summary(const Diagnostics& diagnostics, std::size_t files_checked,
                           double seconds) {
  char timing[96];
  std::snprintf(timing, sizeof timing, " (%s checked in %.2f s)\n",
                count_of(files_checked, "file", "files").c_str(), seconds);
  if (diagnostics.empty()) return std::string("no problems found") + timing;
  std::size_t counts[3] = {0, 0, 0};
  std::set<std::string> files;
  for (const Diagnostic& d : diagnostics) {
    ++counts[static_cast<int>(d.severity)];
    files.insert(d.file);
  }
  std::string out =
      count_of(counts[0], "error", "errors") + ", " + count_of(counts[1], "warning", "warnings");
  if (counts[2] > 0) out += ", " + count_of(counts[2], "note", "notes");
  return out + " in " + count_of(files.size(), "file", "files") + timing;
}

}  // namespace tebiki
