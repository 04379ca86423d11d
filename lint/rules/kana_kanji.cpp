#include "kana_kanji.h"

#include "kana_kanji_dictionary.h"  // generated from dictionaries/kana-kanji.yml
#include "terms.h"

namespace tebiki {

std::string_view kana_kanji_dictionary() {
  return kKanaKanjiDictionary;
}

std::unique_ptr<Rule> make_kana_kanji_rule(const LintConfig& config,
                                           std::vector<SourceError>* errors) {
  DictionaryOptions options{config.strict_dictionaries};
  auto dictionary = load_prh_dictionary_text(kKanaKanjiDictionaryPath,
                                             std::string(kana_kanji_dictionary()), options, errors);
  if (!dictionary) return nullptr;
  return std::make_unique<TermsRule>("kana-kanji", config.severity("kana-kanji", Severity::Warning),
                                     std::move(*dictionary));
}

}  // namespace tebiki
