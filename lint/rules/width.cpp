#include "width.h"

#include <string_view>

#include "code_points.h"
#include "nfkc.h"

namespace tebiki {
namespace {

enum class WidthKind { None, FullWidthLatin, HalfWidthKana };

bool is_full_width_digit(char32_t c) {
  return c >= 0xFF10 && c <= 0xFF19;
}

/// Full-width symbols that belong to a full-width word when they stand inside it:
/// －＿＋＆ between letters or digits (Ｗｉ－Ｆｉ), ，． between digits (１．５).
bool joins_full_width(char32_t c, char32_t before, char32_t after) {
  if (!is_full_width_alphanumeric(before) || !is_full_width_alphanumeric(after)) return false;
  if (c == U'－' || c == U'＿' || c == U'＋' || c == U'＆') return true;
  return (c == U'，' || c == U'．') && is_full_width_digit(before) && is_full_width_digit(after);
}

WidthKind kind_at(const std::vector<CodePoint>& cps, std::size_t i) {
  char32_t c = cps[i].value;
  if (is_full_width_alphanumeric(c)) return WidthKind::FullWidthLatin;
  if (is_half_width_katakana(c)) return WidthKind::HalfWidthKana;
  if (i > 0 && i + 1 < cps.size() && joins_full_width(c, cps[i - 1].value, cps[i + 1].value)) {
    return WidthKind::FullWidthLatin;
  }
  return WidthKind::None;
}

std::string message(WidthKind kind, std::string_view written, std::string_view fixed) {
  std::string quoted = "「" + std::string(written) + "」は";
  if (kind == WidthKind::FullWidthLatin) {
    return "全角英数字" + quoted + "半角「" + std::string(fixed) + "」と書く";
  }
  return "半角カナ" + quoted + "全角「" + std::string(fixed) + "」と書く";
}

}  // namespace

bool is_full_width_alphanumeric(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

bool is_half_width_katakana(char32_t c) {
  return c >= 0xFF61 && c <= 0xFF9F;
}

WidthRule::WidthRule(const LintConfig& config)
    : severity_(config.severity("width", Severity::Error)) {}

void WidthRule::check_file(const LintedFile& file, Diagnostics& out) const {
  for (const TextRun& run : file.runs) check_run(file, run, out);
}

void WidthRule::check_run(const LintedFile& file, const TextRun& run, Diagnostics& out) const {
  // Every character the rule reports, and every full-width joiner, is in U+FF00–U+FFFF.
  bool reported = any_code_point_led_by(run.text, 0xEF, [](char32_t c) {
    return is_full_width_alphanumeric(c) || is_half_width_katakana(c);
  });
  if (!reported) return;
  std::vector<CodePoint> cps = decode_code_points(run.text);
  for (std::size_t i = 0; i < cps.size();) {
    WidthKind kind = kind_at(cps, i);
    if (kind == WidthKind::None) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < cps.size() && kind_at(cps, j) == kind) ++j;
    std::size_t begin = cps[i].offset, end = j < cps.size() ? cps[j].offset : run.text.size();
    std::string_view written = std::string_view(run.text).substr(begin, end - begin);
    std::string fixed = to_nfkc(written);
    out.push_back(make_diagnostic(file, run, begin, end, "width", severity_,
                                  message(kind, written, fixed), fixed));
    i = j;
  }
}

}  // namespace tebiki
