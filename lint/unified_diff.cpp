#include "unified_diff.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace tebiki {
namespace {

using Lines = std::vector<std::string_view>;
enum class Op { Keep, Remove, Add };

struct Edit {
  Op op;
  std::string_view line;
};

// Beyond this many differing lines the middle is shown as removed then added: the edit
// trace grows with its square, and such a diff is unreadable anyway.
constexpr long kMaxDistance = 2000;

Lines split_lines(std::string_view text) {
  Lines lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(0, end));
    text.remove_prefix(end);
  }
  return lines;
}

/// Myers' shortest edit script between two line lists (O((N+M)·D) time, O(D²) memory).
class MyersDiff {
 public:
  MyersDiff(const Lines& a, const Lines& b) : a_(a), b_(b) {}

  /// The edits turning a into b, or nullopt when they differ in more than kMaxDistance lines.
  std::optional<std::vector<Edit>> run() {
    if (!search()) return std::nullopt;
    return backtrack();
  }

 private:
  long n() const { return static_cast<long>(a_.size()); }
  long m() const { return static_cast<long>(b_.size()); }
  // Furthest x reached on diagonal k after step d.
  long& x_at(long d, long k) {
    return trace_[static_cast<std::size_t>(d)][static_cast<std::size_t>(k + d)];
  }
  std::string_view line_a(long x) const { return a_[static_cast<std::size_t>(x)]; }
  std::string_view line_b(long y) const { return b_[static_cast<std::size_t>(y)]; }
  // Whether step d reached diagonal k by moving down (an added line) from k + 1.
  bool came_down(long d, long k) {
    return k == -d || (k != d && x_at(d - 1, k - 1) < x_at(d - 1, k + 1));
  }

  bool search() {
    for (long d = 0; d <= std::min(n() + m(), kMaxDistance); ++d) {
      trace_.emplace_back(static_cast<std::size_t>(2 * d + 1));
      for (long k = -d; k <= d; k += 2) {
        long x = d == 0 ? 0 : came_down(d, k) ? x_at(d - 1, k + 1) : x_at(d - 1, k - 1) + 1;
        long y = x - k;
        while (x < n() && y < m() && line_a(x) == line_b(y)) ++x, ++y;
        x_at(d, k) = x;
        if (x >= n() && y >= m()) return true;
      }
    }
    return false;
  }

  std::vector<Edit> backtrack() {
    std::vector<Edit> edits;
    long x = n(), y = m();
    for (long d = static_cast<long>(trace_.size()) - 1; d >= 0; --d) {
      long k = x - y;
      long from_k = d == 0 ? 0 : came_down(d, k) ? k + 1 : k - 1;
      long from_x = d == 0 ? 0 : x_at(d - 1, from_k);
      long from_y = from_x - from_k;
      for (; x > from_x && y > from_y; --x, --y) edits.push_back({Op::Keep, line_a(x - 1)});
      if (d == 0) break;
      if (x == from_x) {
        edits.push_back({Op::Add, line_b(--y)});
      } else {
        edits.push_back({Op::Remove, line_a(--x)});
      }
    }
    std::reverse(edits.begin(), edits.end());
    return edits;
  }

  const Lines& a_;
  const Lines& b_;
  std::vector<std::vector<long>> trace_;
};

std::vector<Edit> replace_all(const Lines& a, const Lines& b) {
  std::vector<Edit> edits;
  for (auto line : a) edits.push_back({Op::Remove, line});
  for (auto line : b) edits.push_back({Op::Add, line});
  return edits;
}

// Common leading and trailing lines are kept without running the diff over them.
std::vector<Edit> edit_script(const Lines& a, const Lines& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  Lines middle_a(a.begin() + head, a.end() - tail), middle_b(b.begin() + head, b.end() - tail);
  auto middle = MyersDiff(middle_a, middle_b).run().value_or(replace_all(middle_a, middle_b));
  std::vector<Edit> edits;
  for (std::size_t i = 0; i < head; ++i) edits.push_back({Op::Keep, a[i]});
  edits.insert(edits.end(), middle.begin(), middle.end());
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) edits.push_back({Op::Keep, a[i]});
  return edits;
}

std::string range_of(std::size_t lines_before, std::size_t count) {
  std::size_t start = count == 0 ? lines_before : lines_before + 1;
  return std::to_string(start) + (count == 1 ? "" : "," + std::to_string(count));
}

void append_line(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out += line;
  if (!line.ends_with('\n')) out += "\n\\ No newline at end of file\n";
}

// Prints edits [begin, end) as one hunk; old_line/new_line are the lines before `begin`.
void append_hunk(std::string& out, const std::vector<Edit>& edits, std::size_t begin,
                 std::size_t end, std::size_t old_line, std::size_t new_line) {
  std::size_t old_count = 0, new_count = 0;
  for (std::size_t i = begin; i < end; ++i) {
    old_count += edits[i].op != Op::Add;
    new_count += edits[i].op != Op::Remove;
  }
  out += "@@ -" + range_of(old_line, old_count) + " +" + range_of(new_line, new_count) + " @@\n";
  for (std::size_t i = begin; i < end; ++i) {
    const Edit& edit = edits[i];
    append_line(out, edit.op == Op::Keep ? ' ' : edit.op == Op::Remove ? '-' : '+', edit.line);
  }
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         std::size_t context) {
  if (before == after) return "";
  std::vector<Edit> edits = edit_script(split_lines(before), split_lines(after));
  std::vector<std::size_t> changes;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (edits[i].op != Op::Keep) changes.push_back(i);
  }
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  std::size_t old_line = 0, new_line = 0, printed = 0;
  for (std::size_t h = 0; h < changes.size();) {
    std::size_t first = changes[h], last = changes[h];
    while (++h < changes.size() && changes[h] - last <= 2 * context + 1) last = changes[h];
    std::size_t begin = first > context ? first - context : 0;
    std::size_t end = std::min(edits.size(), last + context + 1);
    for (; printed < begin; ++printed) {
      old_line += edits[printed].op != Op::Add;
      new_line += edits[printed].op != Op::Remove;
    }
    append_hunk(out, edits, begin, end, old_line, new_line);
  }
  return out;
}

}  // namespace tebiki
