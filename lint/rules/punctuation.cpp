#include "punctuation.h"

#include <algorithm>
#include <map>
#include <optional>

#include "code_points.h"
#include "japanese.h"
#include "katakana.h"
#include "linter.h"
#include "mixed_spellings.h"
#include "width.h"

namespace tebiki {
namespace {

bool is_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

bool is_japanese_letter(char32_t c) {
  return is_hiragana(c) || is_katakana_word_char(c) || is_kanji(c);
}

/// The replacement of a comma or period that the style does not use.
std::optional<std::string_view> period_replacement(PeriodStyle style, char32_t c) {
  bool western_comma = style != PeriodStyle::Japanese,
       western_period = style == PeriodStyle::Western;
  if (c == U'，' && !western_comma) return "、";
  if (c == U'、' && western_comma) return "，";
  if (c == U'．' && !western_period) return "。";
  if (c == U'。' && western_period) return "．";
  return std::nullopt;
}

/// False when the run holds nothing that check_run reports under the style: no half-width
/// slash, and none of the commas and periods that period_replacement replaces. ， and ．
/// start with 0xEF, rare in Japanese text: one byte search finds both.
bool may_report(PeriodStyle style, std::string_view text) {
  if (text.find('/') != std::string_view::npos) return true;
  auto replaced = [style](char32_t c) {
    return (c == U'，' || c == U'．') && period_replacement(style, c);
  };
  if (any_code_point_led_by(text, 0xEF, replaced)) return true;
  constexpr std::pair<char32_t, std::string_view> kJapaneseMarks[] = {{U'、', "、"}, {U'。', "。"}};
  return std::ranges::any_of(kJapaneseMarks, [&](const auto& mark) {
    return period_replacement(style, mark.first) && contains_any(text, {mark.second});
  });
}

std::string_view style_note(PeriodStyle style) {
  switch (style) {
    case PeriodStyle::Japanese:
      return "（句読点は「、」と「。」）";
    case PeriodStyle::Western:
      return "（句読点は「，」と「．」）";
    case PeriodStyle::Mixed:
      return "（句読点は「，」と「。」）";
  }
  return "";
}

/// Word classes whose runs make the two sides of a ・ or ／ pair.
enum class PairClass { None, Kanji, Katakana, Latin };

PairClass pair_class(char32_t c) {
  if (is_kanji(c)) return PairClass::Kanji;
  if (is_katakana_word_char(c)) return PairClass::Katakana;
  bool ascii = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
  return ascii || is_full_width_alphanumeric(c) ? PairClass::Latin : PairClass::None;
}

bool is_half_width_slash_between_words(const std::vector<CodePoint>& cps, std::size_t i) {
  return cps[i].value == U'/' && i > 0 && i + 1 < cps.size() &&
         is_japanese_letter(cps[i - 1].value) && is_japanese_letter(cps[i + 1].value);
}

/// Two words joined by ・ or ／ (a half-width / between Japanese words counts as ／).
struct JoinedPair {
  std::string key;       ///< the two words, without the separator
  std::string spelling;  ///< the two words with the separator
  SpellingOccurrence occurrence;
};

std::optional<JoinedPair> joined_pair_at(const LintedFile& file, const TextRun& run,
                                         const std::vector<CodePoint>& cps, std::size_t i) {
  char32_t sep = cps[i].value;
  bool half_width = is_half_width_slash_between_words(cps, i);
  if (sep != kKatakanaMiddleDot && sep != U'／' && !half_width) return std::nullopt;
  if (i == 0 || i + 1 >= cps.size()) return std::nullopt;
  PairClass left = pair_class(cps[i - 1].value), right = pair_class(cps[i + 1].value);
  if (left == PairClass::None || right == PairClass::None) return std::nullopt;
  std::size_t first = i - 1, last = i + 1;
  while (first > 0 && pair_class(cps[first - 1].value) == left) --first;
  while (last + 1 < cps.size() && pair_class(cps[last + 1].value) == right) ++last;
  std::string_view text = run.text;
  std::size_t begin = cps[first].offset, end = end_offset(cps, last, text.size());
  std::string x(text.substr(begin, cps[i].offset - begin));
  std::size_t after = cps[i + 1].offset;
  std::string y(text.substr(after, end - after));
  std::string shown_sep = sep == kKatakanaMiddleDot ? "・" : "／";
  return JoinedPair{x + '\t' + y, x + shown_sep + y, {&file, &run, begin, end, !half_width}};
}

/// Whether text holds ・, ／ or /: ／ is found by its lead byte 0xEF, rare in Japanese text.
bool holds_pair_separator(std::string_view text) {
  return text.find('/') != std::string_view::npos || contains_any(text, {"・"}) ||
         any_code_point_led_by(text, 0xEF, [](char32_t c) { return c == U'／'; });
}

std::vector<JoinedPair> joined_pairs(const LintedFile& file) {
  std::vector<JoinedPair> pairs;
  for (const TextRun& run : file.runs) {
    if (!holds_pair_separator(run.text)) continue;
    std::vector<CodePoint> cps = decode_code_points(run.text);
    for (std::size_t i = 0; i < cps.size(); ++i) {
      if (auto pair = joined_pair_at(file, run, cps, i)) pairs.push_back(std::move(*pair));
    }
  }
  return pairs;
}

}  // namespace

PunctuationRule::PunctuationRule(const LintConfig& config)
    : periods_(config.periods),
      severity_(config.severity("punctuation", Severity::Error)),
      mixed_severity_(config.severity("punctuation", Severity::Warning)) {}

void PunctuationRule::check_file(const LintedFile& file, Diagnostics& out) const {
  for (const TextRun& run : file.runs) check_run(file, run, out);
}

void PunctuationRule::check_run(const LintedFile& file, const TextRun& run,
                                Diagnostics& out) const {
  if (!may_report(periods_, run.text)) return;
  std::vector<CodePoint> cps = decode_code_points(run.text);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    std::size_t begin = cps[i].offset, end = end_offset(cps, i, run.text.size());
    if (is_half_width_slash_between_words(cps, i)) {
      out.push_back(make_diagnostic(file, run, begin, end, "punctuation", severity_,
                                    "日本語の語の間の半角「/」は全角「／」と書く", "／"));
      continue;
    }
    auto fix = period_replacement(periods_, cps[i].value);
    if (!fix) continue;
    bool in_number =
        i > 0 && i + 1 < cps.size() && is_digit(cps[i - 1].value) && is_digit(cps[i + 1].value);
    if (in_number) continue;  // １，０００ and ３．５ are numbers, not punctuation
    std::string message =
        "「" + run.text.substr(begin, end - begin) + "」は「" + std::string(*fix) + "」と書く";
    out.push_back(make_diagnostic(file, run, begin, end, "punctuation", severity_,
                                  message + std::string(style_note(periods_)), std::string(*fix)));
  }
}

void PunctuationRule::check_book(std::span<const LintedFile> files, Diagnostics& out) const {
  std::vector<std::vector<JoinedPair>> per_file(files.size());
  parallel_for(files.size(), [&](std::size_t i) { per_file[i] = joined_pairs(files[i]); });
  std::map<std::string, SpellingGroup> groups;
  for (const auto& pairs : per_file) {
    for (const JoinedPair& pair : pairs) groups[pair.key].add(pair.spelling, pair.occurrence);
  }
  for (const auto& [key, group] : groups) {
    group.report_minorities("punctuation", mixed_severity_, out);
  }
}

}  // namespace tebiki
