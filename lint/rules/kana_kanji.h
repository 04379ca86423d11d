// Rule `kana-kanji`: words that technical writing puts in kana (例えば → たとえば,
// する事 → すること, して下さい → してください, 良い → よい), from a prh dictionary built into
// the binary (lint/dictionaries/kana-kanji.yml). Findings are warnings by default: the
// same kanji is sometimes right in another sense.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "rule.h"

namespace tebiki {

/// The built-in dictionary, as YAML.
std::string_view kana_kanji_dictionary();

/// The name the built-in dictionary has in messages.
inline constexpr const char* kKanaKanjiDictionaryPath = "<built-in>/kana-kanji.yml";

/// The `kana-kanji` rule; nullptr (problems in *errors) if the dictionary does not load.
std::unique_ptr<Rule> make_kana_kanji_rule(const LintConfig& config,
                                           std::vector<SourceError>* errors);

}  // namespace tebiki
