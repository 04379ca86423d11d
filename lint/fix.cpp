#include "fix.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace tebiki {
namespace {

struct Edit {
  std::size_t begin;
  std::size_t end;
  const std::string* replacement;
};

std::vector<Edit> edits_in_order(std::string_view text, std::span<const Diagnostic> diagnostics) {
  std::vector<Edit> edits;
  for (const Diagnostic& d : diagnostics) {
    if (!d.replacement || d.begin > d.end || d.end > text.size()) continue;
    edits.push_back({d.begin, d.end, &*d.replacement});
  }
  // Stable: among fixes of the same range, the one reported first is the one kept.
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  return edits;
}

// Keeps each edit that starts after the previous kept one ends. Two edits at the same offset
// are ambiguous (which goes first?) unless they are the same fix.
std::vector<Edit> without_overlaps(const std::vector<Edit>& edits) {
  std::vector<Edit> kept;
  for (const Edit& edit : edits) {
    if (!kept.empty()) {
      const Edit& last = kept.back();
      if (edit.begin < last.end || edit.begin == last.begin) continue;
    }
    kept.push_back(edit);
  }
  return kept;
}

}  // namespace

FixResult apply_fixes(std::string_view text, std::span<const Diagnostic> diagnostics) {
  std::vector<Edit> edits = without_overlaps(edits_in_order(text, diagnostics));
  FixResult result;
  result.text.reserve(text.size());
  std::size_t copied = 0;
  for (const Edit& edit : edits) {
    result.text.append(text.substr(copied, edit.begin - copied));
    result.text.append(*edit.replacement);
    copied = edit.end;
    if (text.substr(edit.begin, edit.end - edit.begin) != *edit.replacement) ++result.applied;
  }
  result.text.append(text.substr(copied));
  return result;
}

}  // namespace tebiki
