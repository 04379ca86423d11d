#include "text_runs.h"

#include <cmark-gfm.h>

#include <cstring>
#include <optional>

#include "japanese.h"
#include "node_type.h"
#include "source.h"

namespace tebiki {
namespace {

bool is_ascii_punctuation(char c) {
  return std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr && c != '\0';
}

std::string_view literal_of(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? literal : "";
}

/// True for a link whose text is its own URL (`<https://…>` or a GFM bare URL).
bool is_autolink(cmark_node* link) {
  cmark_node* child = cmark_node_first_child(link);
  if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT) return false;
  const char* url = cmark_node_get_url(link);
  std::string_view text = literal_of(child), dest = url ? url : "";
  return dest == text || dest == "mailto:" + std::string(text) || dest == "http://" + std::string(text);
}

/// Walks the inlines of one leaf block, matching each literal against the source from a
/// cursor that only moves forward.
class RunBuilder {
 public:
  RunBuilder(std::string_view source, std::size_t start, std::size_t end, TextRun& run)
      : source_(source.substr(0, end)), cursor_(start), run_(run) {}

  void inlines(cmark_node* parent) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
      inline_node(node);
    }
  }

  void trim_custom_id() {
    // `## Title {#id}`: the id is an attribute, not prose.
    std::string& text = run_.text;
    if (!text.ends_with('}')) return;
    std::size_t open = text.rfind("{#");
    if (open == std::string::npos) return;
    std::size_t keep = open;
    while (keep > 0 && text[keep - 1] == ' ') --keep;
    text.resize(keep);
    run_.offsets.truncate(keep);
  }

 private:
  void inline_node(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT: text(literal_of(node)); break;
      case CMARK_NODE_SOFTBREAK: line_break(/*soft=*/true); break;
      case CMARK_NODE_LINEBREAK: line_break(/*soft=*/false); break;
      case CMARK_NODE_CODE: code_span(); break;
      case CMARK_NODE_HTML_INLINE: raw(literal_of(node)); break;
      case CMARK_NODE_LINK: link(node); break;
      case CMARK_NODE_IMAGE: skip_to('!'); link(node); break;
      case CMARK_NODE_FOOTNOTE_REFERENCE: footnote_reference(); break;
      default: inlines(node); break;  // emphasis, strong, strikethrough, custom
    }
  }

  // Bytes copied from the source at `offset`. Bytes the source does not have where they
  // should be (no offset: cmark changed the text, its footnote extension drops part of a
  // broken `[^` label) all stand for the byte before the cursor, so that no range of the run
  // reaches past the source's end.
  void append(std::string_view bytes, std::optional<std::size_t> offset) {
    flush_break(bytes);
    run_.text.append(bytes);
    if (offset) run_.offsets.append_copied(*offset, bytes.size());
    else run_.offsets.append_standing_for(cursor_ > 0 ? cursor_ - 1 : 0, bytes.size());
  }

  void append_object(std::size_t offset) {
    flush_break(kObjectReplacementUtf8);
    run_.text += kObjectReplacementUtf8;
    run_.offsets.append_standing_for(offset, std::strlen(kObjectReplacementUtf8));
  }

  // A pending soft break becomes nothing between Japanese characters, a space otherwise.
  void flush_break(std::string_view next) {
    if (!pending_break_) return;
    pending_break_ = false;
    char32_t before = last_code_point(), after = first_code_point(next);
    if (pending_soft_ && is_japanese(before) && is_japanese(after)) return;
    run_.text += ' ';
    run_.offsets.append_copied(break_offset_, 1);
  }

  char32_t last_code_point() const {
    const std::string& t = run_.text;
    if (t.empty()) return 0;
    std::size_t i = t.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
    std::size_t length = 0;
    return decode_utf8(t, i, &length);
  }

  static char32_t first_code_point(std::string_view text) {
    if (text.empty()) return 0;
    std::size_t length = 0;
    return decode_utf8(text, 0, &length);
  }

  // Maps each code point of a literal to the source, skipping markup between them.
  void text(std::string_view literal) {
    // Mostly the literal stands at the cursor as is: that part is appended in one go.
    std::size_t same = verbatim_prefix(literal);
    if (same > 0) {
      append(literal.substr(0, same), cursor_);
      cursor_ += same;
    }
    for (std::size_t i = same; i < literal.size();) {
      std::size_t length = 0;
      decode_utf8(literal, i, &length);
      std::string_view unit = literal.substr(i, length);
      append(unit, locate(unit));
      i += length;
    }
  }

  // How many bytes of the literal, in whole code points, the source has at the cursor.
  std::size_t verbatim_prefix(std::string_view literal) const {
    std::string_view ahead = source_.substr(std::min(cursor_, source_.size()));
    std::size_t n = 0, limit = std::min(ahead.size(), literal.size());
    while (n < limit && ahead[n] == literal[n]) ++n;
    while (n > 0 && n < literal.size() && (static_cast<unsigned char>(literal[n]) & 0xC0) == 0x80)
      --n;
    return n;
  }

  // Where the source has a code point of a literal, from the cursor on; nullopt when it does
  // not. A line break in a literal is the source's LF, CRLF or lone CR.
  std::optional<std::size_t> locate(std::string_view unit) {
    std::size_t limit = source_.size();
    for (std::size_t c = cursor_; c < limit; ++c) {
      if (source_.compare(c, unit.size(), unit) == 0) {
        cursor_ = c + unit.size();
        return c;
      }
      if (unit == "\n" && source_[c] == '\r') {
        cursor_ = c + (source_.compare(c, 2, "\r\n") == 0 ? 2 : 1);
        return c;
      }
      if (source_[c] == '\\' && c + 1 < limit && is_ascii_punctuation(source_[c + 1]) &&
          unit.size() == 1 && source_[c + 1] == unit[0]) {
        cursor_ = c + 2;
        return c + 1;
      }
      if (source_[c] == '&') {
        std::size_t semicolon = source_.find(';', c);
        if (semicolon != std::string_view::npos && semicolon - c <= 32 && semicolon > c + 1) {
          cursor_ = semicolon + 1;
          return c;
        }
      }
    }
    return std::nullopt;
  }

  // A line ends with LF, CRLF or a lone CR (CommonMark): the cursor moves past all of it.
  void line_break(bool soft) {
    std::size_t newline = source_.find_first_of("\r\n", cursor_);
    if (newline == std::string_view::npos) newline = source_.size() > 0 ? source_.size() - 1 : 0;
    pending_break_ = true;
    pending_soft_ = soft;
    break_offset_ = newline;
    cursor_ = newline + 1;
    if (source_.compare(newline, 2, "\r\n") == 0) ++cursor_;
  }

  void skip_to(char c) {
    std::size_t at = source_.find(c, cursor_);
    if (at != std::string_view::npos) cursor_ = at;
  }

  std::size_t run_length(std::size_t at, char c) const {
    std::size_t n = 0;
    while (at + n < source_.size() && source_[at + n] == c) ++n;
    return n;
  }

  void code_span() {
    std::size_t open = source_.find('`', cursor_);
    if (open == std::string_view::npos) return;
    std::size_t ticks = run_length(open, '`');
    for (std::size_t c = open + ticks; c < source_.size();) {
      std::size_t close = source_.find('`', c);
      if (close == std::string_view::npos) break;
      std::size_t n = run_length(close, '`');
      if (n == ticks) {
        append_object(open);
        cursor_ = close + n;
        return;
      }
      c = close + n;
    }
    append_object(open);
    cursor_ = open + ticks;
  }

  void raw(std::string_view literal) {
    std::size_t at = source_.find(literal, cursor_);
    if (at == std::string_view::npos) at = cursor_;
    append_object(at);
    cursor_ = std::min(source_.size(), at + literal.size());
  }

  void footnote_reference() {
    std::size_t open = source_.find("[^", cursor_);
    if (open == std::string_view::npos) return;
    append_object(open);
    std::size_t close = source_.find(']', open);
    cursor_ = close == std::string_view::npos ? open + 2 : close + 1;
  }

  void link(cmark_node* node) {
    if (is_autolink(node)) {
      std::size_t start = cursor_;
      while (start < source_.size() && std::strchr(" \r\n", source_[start]) && source_[start]) ++start;
      if (start < source_.size() && source_[start] == '<') {
        std::size_t close = source_.find('>', start);
        append_object(start);
        cursor_ = close == std::string_view::npos ? start + 1 : close + 1;
      } else {
        raw(literal_of(cmark_node_first_child(node)));
      }
      return;
    }
    inlines(node);
    skip_link_tail();
  }

  // After a link's text: `](destination "title")`, `][label]` or `]`.
  void skip_link_tail() {
    std::size_t close = source_.find(']', cursor_);
    if (close == std::string_view::npos) return;
    cursor_ = close + 1;
    if (cursor_ >= source_.size()) return;
    if (source_[cursor_] == '(') {
      cursor_ = matching_paren(cursor_);
    } else if (source_[cursor_] == '[') {
      std::size_t end = source_.find(']', cursor_);
      if (end != std::string_view::npos) cursor_ = end + 1;
    }
  }

  std::size_t matching_paren(std::size_t open) const {
    int depth = 0;
    bool angle = false;
    char quote = 0;
    for (std::size_t c = open; c < source_.size(); ++c) {
      char ch = source_[c];
      if (ch == '\\') { ++c; continue; }
      if (quote) { if (ch == quote) quote = 0; continue; }
      if (angle) { if (ch == '>') angle = false; continue; }
      if (ch == '<' && c == open + 1) angle = true;
      else if ((ch == '"' || ch == '\'') && depth == 1 && c > open && source_[c - 1] == ' ') quote = ch;
      else if (ch == '(') ++depth;
      else if (ch == ')' && --depth == 0) return c + 1;
    }
    return source_.size();
  }

  std::string_view source_;
  std::size_t cursor_;
  TextRun& run_;
  bool pending_break_ = false;
  bool pending_soft_ = false;
  std::size_t break_offset_ = 0;
};

std::size_t block_start(const MarkdownDocument& document, cmark_node* node) {
  return document.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
}

void add_run(const MarkdownDocument& document, std::string_view source, cmark_node* node,
             RunBlock block, std::vector<TextRun>& runs) {
  TextRun run;
  run.block = block;
  if (block == RunBlock::Heading) run.heading_level = cmark_node_get_heading_level(node);
  std::size_t begin = block_start(document, node);
  std::size_t end = document.offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node)) + 1;
  // The end of a line of the block: include the rest of that line in case cmark's column is short.
  std::size_t line_end = source.find_first_of("\r\n", std::min(end, source.size()));
  end = line_end == std::string_view::npos ? source.size() : line_end + 1;
  if (end <= begin) end = source.size();
  RunBuilder builder(source, begin, end, run);
  builder.inlines(node);
  if (block == RunBlock::Heading) builder.trim_custom_id();
  if (!run.text.empty()) runs.push_back(std::move(run));
}

void collect(const MarkdownDocument& document, std::string_view source, cmark_node* node,
             std::vector<TextRun>& runs) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: add_run(document, source, node, RunBlock::Paragraph, runs); return;
    case CMARK_NODE_HEADING: add_run(document, source, node, RunBlock::Heading, runs); return;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK: return;
    default: break;
  }
  if (is_extension_type(node, "table_cell")) {
    add_run(document, source, node, RunBlock::TableCell, runs);
    return;
  }
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    collect(document, source, child, runs);
  }
}

}  // namespace

std::size_t TextRun::source_begin(std::size_t begin) const {
  return begin < offsets.size() ? offsets[begin] : (offsets.empty() ? 0 : offsets.back() + 1);
}

std::size_t TextRun::source_end(std::size_t end) const {
  if (end == 0 || offsets.empty()) return source_begin(0);
  return offsets[std::min(end, offsets.size()) - 1] + 1;
}

bool TextRun::is_verbatim(std::size_t begin, std::size_t end, std::string_view source) const {
  if (begin >= end || end > text.size()) return false;
  if (!offsets.consecutive(begin, end)) return false;
  std::size_t from = offsets[begin];
  return source.compare(from, end - begin, std::string_view(text).substr(begin, end - begin)) == 0;
}

std::vector<TextRun> extract_text_runs(const MarkdownDocument& document, std::string_view source) {
  std::vector<TextRun> runs;
  collect(document, source, document.root(), runs);
  return runs;
}

}  // namespace tebiki
