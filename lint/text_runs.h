// Prose text runs of a Markdown document, each with a map back to source byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markdown.h"
#include "source_map.h"

namespace tebiki {

enum class RunBlock { Paragraph, Heading, TableCell };

/// The prose of one leaf block (paragraph, heading or table cell). Markup, code spans, raw
/// HTML, URLs and link destinations are not in `text`; inline objects that are not prose are
/// one U+FFFC each. A soft break between two Japanese characters is dropped, any other soft
/// or hard break becomes one space.
struct TextRun {
  std::string text;
  SourceMap offsets;  ///< source byte offset of each byte of `text`
  RunBlock block = RunBlock::Paragraph;
  int heading_level = 0;

  /// Source offset where text byte `begin` came from.
  std::size_t source_begin(std::size_t begin) const;
  /// Source offset one past the last byte of the text range ending at `end` (> begin).
  std::size_t source_end(std::size_t end) const;
  /// True when the text range stands in the source byte for byte (no markup, escape or
  /// line break inside), so that replacing the source range is a safe fix.
  bool is_verbatim(std::size_t begin, std::size_t end, std::string_view source) const;
};

/// Extracts every prose run of the document in source order. `source` is the file's text.
std::vector<TextRun> extract_text_runs(const MarkdownDocument& document, std::string_view source);

}  // namespace tebiki
