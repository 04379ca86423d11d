#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace tebiki {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

void register_extensions_once() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// The first node deeper than kMaxNesting below root, found without recursion, or nullptr.
cmark_node* first_too_deep(cmark_node* root) {
  std::size_t depth = 0;
  for (cmark_node* node = root; node;) {
    if (depth > kMaxNesting) return node;
    if (cmark_node* child = cmark_node_first_child(node)) {
      node = child, ++depth;
      continue;
    }
    while (node != root && !cmark_node_next(node)) node = cmark_node_parent(node), --depth;
    node = node == root ? nullptr : cmark_node_next(node);
  }
  return nullptr;
}

// Where a node starts; an inline node without a position takes its block's.
std::pair<int, int> start_of(cmark_node* node) {
  for (; node; node = cmark_node_parent(node)) {
    if (int line = cmark_node_get_start_line(node); line > 0) return {line, cmark_node_get_start_column(node)};
  }
  return {1, 1};
}

// The line after `start`, or npos at the end of the text.
std::size_t next_line(std::string_view text, std::size_t start) {
  std::size_t newline = text.find('\n', start);
  return newline == std::string_view::npos ? std::string_view::npos : newline + 1;
}

std::string_view line_at(std::string_view text, std::size_t start) {
  std::size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

void blank_range(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
  }
}

// Where each line starts: lines end at LF, CRLF or a lone CR.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool line_end = c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    if (line_end) starts.push_back(i + 1);
  }
  return starts;
}

}  // namespace

FrontMatter locate_front_matter(std::string_view text) {
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (line_at(text, start) != "---") return {};
  std::size_t yaml_begin = next_line(text, start);
  for (std::size_t line = yaml_begin; line != std::string_view::npos; line = next_line(text, line)) {
    std::string_view content = line_at(text, line);
    if (content == "---" || content == "...") {
      std::size_t end = next_line(text, line);
      if (end == std::string_view::npos) end = text.size();
      return FrontMatter{std::string(text.substr(yaml_begin, line - yaml_begin)), yaml_begin, end};
    }
  }
  return {};  // an unclosed fence is a thematic break, not front matter
}

MarkdownDocument::MarkdownDocument(MarkdownDocument&& other) noexcept { *this = std::move(other); }

MarkdownDocument& MarkdownDocument::operator=(MarkdownDocument&& other) noexcept {
  std::swap(parser_, other.parser_);
  std::swap(root_, other.root_);
  text_size_ = other.text_size_;
  front_matter_ = std::move(other.front_matter_);
  line_starts_ = std::move(other.line_starts_);
  line_count_ = other.line_count_;
  too_deep_at_ = other.too_deep_at_;
  return *this;
}

MarkdownDocument::~MarkdownDocument() {
  if (root_) cmark_node_free(root_);
  if (parser_) cmark_parser_free(parser_);
}

_cmark_llist* MarkdownDocument::extensions() const {
  return cmark_parser_get_syntax_extensions(parser_);
}

std::size_t MarkdownDocument::offset(int line, int column) const {
  if (line < 1 || line_count_ == 0) return 0;
  std::size_t index = std::min<std::size_t>(static_cast<std::size_t>(line), line_count_) - 1;
  std::size_t offset = line_starts_[index] + static_cast<std::size_t>(column > 0 ? column - 1 : 0);
  return std::min(offset, text_size_);
}

MarkdownDocument parse_markdown(std::string_view text, int extra_options) {
  register_extensions_once();
  MarkdownDocument doc;
  doc.text_size_ = text.size();
  doc.front_matter_ = locate_front_matter(text);
  // cmark reads a blank in place of the BOM and the front matter (line breaks kept, so that
  // lines and columns stay those of the file). Only that part is copied: cmark copies what
  // it is fed, and the rest goes to it straight from the file's text.
  std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::size_t blanked = std::max(doc.front_matter_.end, bom);
  std::string prefix(text.substr(0, blanked));
  blank_range(prefix, 0, prefix.size());

  std::vector<std::size_t> starts = line_starts(text);
  doc.line_count_ = starts.size();
  doc.line_starts_ = std::make_unique<std::size_t[]>(starts.size());
  std::copy(starts.begin(), starts.end(), doc.line_starts_.get());

  int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | extra_options;
  doc.parser_ = cmark_parser_new(options);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(doc.parser_, ext);
    }
  }
  // Never an empty feed: cmark-gfm reads the first byte of every buffer it is given.
  if (!prefix.empty()) cmark_parser_feed(doc.parser_, prefix.data(), prefix.size());
  if (blanked < text.size()) {
    cmark_parser_feed(doc.parser_, text.data() + blanked, text.size() - blanked);
  }
  // cmark-gfm's inline pass adds the extensions' special characters ('~', ':', 'w') to a
  // global table and removes them when it ends: two parses at once would lose strikethrough
  // and autolinks at random. Block parsing (feed) stays parallel.
  static std::mutex inline_pass;
  {
    std::lock_guard lock(inline_pass);
    doc.root_ = cmark_parser_finish(doc.parser_);
  }
  if (text.size() + 2 > kMaxNesting) {
    if (cmark_node* deep = first_too_deep(doc.root_)) {
      auto [line, column] = start_of(deep);
      doc.too_deep_at_ = doc.offset(line, column);
    }
  }
  return doc;
}

}  // namespace tebiki
