// One cmark-gfm parse per file, with the GFM extensions and source positions on.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

namespace tebiki {

/// Where YAML front matter sits: the YAML text and the byte range of the whole block.
struct FrontMatter {
  std::string yaml;
  std::size_t yaml_offset = 0;  ///< byte offset of the YAML's first byte in the file
  std::size_t end = 0;          ///< byte offset just after the closing fence line
};

/// Finds a front matter block (`---` first line, closed by `---` or `...`). Returns
/// nullopt-equivalent (end == 0) when there is none.
FrontMatter locate_front_matter(std::string_view text);

/// Deeper nesting is refused: the passes over a tree recurse, and a million levels (a 2 MB page
/// of "- " or ">") overflow a thread's stack. Every level but a paragraph takes at least one
/// byte of source, so only a text about this long can go deeper: shorter ones are not walked.
inline constexpr std::size_t kMaxNesting = 100'000;
inline constexpr const char* kTooDeepMessage =
    "Markdown nested more than 100,000 levels deep (lists, quotes, emphasis or links)";  // kMaxNesting

/// A parsed Markdown document. The tree is cmark's; byte offsets of the original file are
/// preserved because the BOM and front matter are blanked, never removed, before parsing.
class MarkdownDocument {
 public:
  MarkdownDocument(MarkdownDocument&&) noexcept;
  MarkdownDocument& operator=(MarkdownDocument&&) noexcept;
  ~MarkdownDocument();

  cmark_node* root() const { return root_; }
  _cmark_llist* extensions() const;
  const FrontMatter& front_matter() const { return front_matter_; }
  /// Byte offset of a 1-based line and byte column as cmark reports them.
  std::size_t offset(int line, int column) const;
  /// Byte offset of the first node nested deeper than kMaxNesting levels, if one is: such a
  /// tree must not be walked.
  std::optional<std::size_t> too_deep_at() const { return too_deep_at_; }

 private:
  friend MarkdownDocument parse_markdown(std::string_view text, int extra_options);
  MarkdownDocument() = default;

  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
  std::size_t text_size_ = 0;  ///< bytes of the text parsed
  FrontMatter front_matter_;
  std::unique_ptr<std::size_t[]> line_starts_;
  std::size_t line_count_ = 0;
  std::optional<std::size_t> too_deep_at_;
};

/// Parses GitHub-flavoured Markdown: tables, strikethrough, autolinks, task lists, footnotes.
MarkdownDocument parse_markdown(std::string_view text, int extra_options = 0);

}  // namespace tebiki
