#include "variants.h"

#include <map>
#include <unordered_map>

#include "linter.h"
#include "mixed_spellings.h"
#include "nfkc.h"
#include "variant_key.h"

namespace tebiki {

struct VariantsRule::Word {
  std::string key;
  std::string spelling;
  SpellingOccurrence occurrence;
};

VariantsRule::VariantsRule(const LintConfig& config)
    : splitter_(config.long_vowel_keep),
      width_settles_(config.rule_enabled("width")),
      severity_(config.severity("variants", Severity::Warning)) {
  if (config.rule_enabled("long-vowel"))
    long_vowel_.emplace(config.long_vowel, config.long_vowel_keep);
}

std::string VariantsRule::settled_spelling(std::string_view word) const {
  std::string spelling =
      width_settles_ && has_width_forms(word) ? to_nfkc(word) : std::string(word);
  if (!long_vowel_) return spelling;
  std::string out;
  std::size_t done = 0;
  for (TextSpan kana : find_katakana_words(spelling)) {
    out.append(spelling, done, kana.begin - done);
    out += long_vowel_->respell(std::string_view(spelling).substr(kana.begin, kana.size()));
    done = kana.end;
  }
  out.append(spelling, done);
  return out;
}

// A file writes the same words again and again: each one's key and spelling are worked out
// once per file.
std::vector<VariantsRule::Word> VariantsRule::words_of(const LintedFile& file) const {
  std::vector<Word> words;
  std::unordered_map<std::string_view, std::pair<std::string, std::string>> known;
  for (const TextRun& run : file.runs) {
    for (TextSpan span : find_variant_words(run.text)) {
      std::string_view text = std::string_view(run.text).substr(span.begin, span.size());
      auto [it, added] = known.try_emplace(text);
      if (added) it->second = {variant_key(text, splitter_), settled_spelling(text)};
      const auto& [key, spelling] = it->second;
      words.push_back({key, spelling, {&file, &run, span.begin, span.end, true}});
    }
  }
  return words;
}

void VariantsRule::check_book(std::span<const LintedFile> files, Diagnostics& out) const {
  std::vector<std::vector<Word>> per_file(files.size());
  parallel_for(files.size(), [&](std::size_t i) { per_file[i] = words_of(files[i]); });
  // FIXME: the fix goes toward the majority; the form of the terms dictionaries, when one
  // defines the word, should win instead.
  std::map<std::string, SpellingGroup> groups;
  for (const auto& words : per_file) {
    for (const Word& word : words) groups[word.key].add(word.spelling, word.occurrence);
  }
  for (const auto& [key, group] : groups) group.report_minorities("variants", severity_, out);
}

}  // namespace tebiki
