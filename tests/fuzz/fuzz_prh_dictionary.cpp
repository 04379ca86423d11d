// Fuzz target: the prh dictionary loader (YAML, patterns compiled from JavaScript regex
// syntax, specs run at load, imports), plain and strict. An importable dictionary sits
// beside the fuzzed one, so that `imports: other.yml` loads something.
#include <cstdint>

#include "fuzz_folder.h"
#include "prh_dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tebiki;
  using namespace tebiki::fuzzing;
  static const std::string path = [] {
    write_fuzz_file("prh/other.yml",
                    "version: 1\nrules:\n  - expected: サーバ\n    pattern: /サーバー?/\n"
                    "  - expected: ウイルス\n    patterns: [ウィルス, ヴィルス]\n"
                    "    specs:\n      - from: ウィルス\n        to: ウイルス\n");
    return (fuzz_folder() / "prh" / "dictionary.yml").string();
  }();
  std::string text = input_text(data, size);
  for (bool strict : {false, true}) {
    std::vector<SourceError> errors;
    load_prh_dictionary_text(path, text, DictionaryOptions{strict}, &errors);
  }
  return 0;
}
