// Comments that switch rules off: tebiki's own and textlint's.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "markdown.h"
#include "source.h"

namespace tebiki {

/// A byte range in which some rules (or all, when `rules` is empty) are silent.
struct SuppressedRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::set<std::string> rules;
};

/// Reads `<!-- tebiki-disable[-next-line|-line] [ids] -->`, `<!-- tebiki-enable [ids] -->`
/// and the same `textlint-` forms from the raw HTML of a parsed document.
class Suppressions {
 public:
  Suppressions(const MarkdownDocument& document, const SourceFile& source);
  bool suppressed(const std::string& rule, std::size_t offset) const;
  /// True when the document switches nothing off (most pages): no offset needs computing.
  bool empty() const { return ranges_.empty(); }

 private:
  std::vector<SuppressedRange> ranges_;
};

}  // namespace tebiki
