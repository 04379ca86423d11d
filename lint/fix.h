// Applies the safe fixes of diagnostics to a file's text. Pure: text in, text out.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "diagnostic.h"

namespace tebiki {

struct FixResult {
  std::string text;         ///< the text with the fixes applied
  std::size_t applied = 0;  ///< how many replacements were made
};

/// Applies the replacement of every diagnostic that has one. Ranges are byte offsets into
/// `text`; diagnostics of other files must be filtered out by the caller. When two ranges
/// overlap (or start at the same offset) the earlier one wins; the same fix reported twice
/// counts once; a range outside the text is ignored. Every byte outside the replaced ranges
/// is kept as is (BOM, CRLF, trailing spaces).
FixResult apply_fixes(std::string_view text, std::span<const Diagnostic> diagnostics);

}  // namespace tebiki
