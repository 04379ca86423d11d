#include "long_vowel.h"

#include <algorithm>

namespace tebiki {
namespace {

// Words whose final ー stays in either style: endings other than the English -er/-or/-ar/-y
// that JIS Z 8301 shortens (エネルギー, コーヒー), and the prefix サイバー, written so even in
// law (サイバーセキュリティ基本法).
constexpr std::string_view kNaturallyLong[] = {"エネルギー", "アレルギー", "イデオロギー",
                                               "コーヒー", "サイバー"};

constexpr std::string_view kLong = "ー";

std::vector<std::string> with_natural_words(std::vector<std::string> keep) {
  for (std::string_view word : kNaturallyLong) keep.emplace_back(word);
  return keep;
}

}  // namespace

LongVowelSpelling::LongVowelSpelling(LongVowelStyle style, std::vector<std::string> keep)
    : style_(style), keep_(with_natural_words(std::move(keep))), splitter_(keep_) {
  for (std::string_view word : jis_shortened_words()) shortened_.insert(word);
}

bool LongVowelSpelling::kept(std::string_view part) const {
  return std::any_of(keep_.begin(), keep_.end(), [&](const std::string& word) {
    return !word.empty() && part.ends_with(word) &&
           is_mora_boundary(part, part.size() - word.size());
  });
}

std::optional<std::string> LongVowelSpelling::respell_part(std::string_view part) const {
  if (kept(part)) return std::nullopt;
  if (style_ == LongVowelStyle::Kokuji) {
    if (part.ends_with(kLong) || !shortened_.count(part)) return std::nullopt;
    return std::string(part) + std::string(kLong);
  }
  if (!part.ends_with(kLong)) return std::nullopt;
  std::string_view stem = part.substr(0, part.size() - kLong.size());
  char vowel = last_vowel(stem);  // -er/-or/-ar sound as a, -y as i
  if ((vowel != 'a' && vowel != 'i') || count_morae(stem) < 3) return std::nullopt;
  return std::string(stem);
}

std::vector<PartRespelling> LongVowelSpelling::respell_parts(std::string_view word) const {
  std::vector<PartRespelling> changes;
  for (TextSpan part : splitter_.split(word)) {
    auto respelled = respell_part(word.substr(part.begin, part.size()));
    if (respelled) changes.push_back({part, std::move(*respelled)});
  }
  return changes;
}

std::string LongVowelSpelling::respell(std::string_view word) const {
  std::string out;
  std::size_t done = 0;
  for (const PartRespelling& change : respell_parts(word)) {
    out.append(word.substr(done, change.part.begin - done));
    out += change.respelled;
    done = change.part.end;
  }
  out.append(word.substr(done));
  return out;
}

LongVowelRule::LongVowelRule(const LintConfig& config)
    : spelling_(config.long_vowel, config.long_vowel_keep),
      style_(config.long_vowel),
      severity_(config.severity("long-vowel", Severity::Error)) {}

std::string LongVowelRule::message(std::string_view written, std::string_view respelled) const {
  std::string text = "「" + std::string(written) + "」は「" + std::string(respelled) + "」と書く";
  return text + (style_ == LongVowelStyle::Jis ? "（JIS Z 8301 の長音表記）"
                                               : "（内閣告示「外来語の表記」の長音表記）");
}

void LongVowelRule::check_file(const LintedFile& file, Diagnostics& out) const {
  for (const TextRun& run : file.runs) {
    for (TextSpan word : find_katakana_words(run.text)) {
      std::string_view text = std::string_view(run.text).substr(word.begin, word.size());
      for (const PartRespelling& change : spelling_.respell_parts(text)) {
        std::size_t begin = word.begin + change.part.begin, end = word.begin + change.part.end;
        std::string_view written = std::string_view(run.text).substr(begin, end - begin);
        out.push_back(make_diagnostic(file, run, begin, end, "long-vowel", severity_,
                                      message(written, change.respelled), change.respelled));
      }
    }
  }
}

}  // namespace tebiki
