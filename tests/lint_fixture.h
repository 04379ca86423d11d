// An annotated lint fixture (clang-tidy style): the options on its first line, the findings it
// expects (CHECK-MESSAGES) and the lines its fixed text must hold (CHECK-FIXES).
//
//   <!-- tebiki-fixture: dictionary=terms.yml long-vowel=kokuji rules=a,b -->
//   サーバーを再起動する。
//   <!-- CHECK-MESSAGES: :[[@LINE-1]]:1: error: 「サーバー」は「サーバ」と書く [long-vowel] -->
//   <!-- CHECK-FIXES: サーバを再起動する。 -->
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "config.h"
#include "source.h"

namespace tebiki {

/// One expected finding. The message matches when the actual message contains it.
struct ExpectedMessage {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string severity;
  std::string message;
  std::string rule;
  std::size_t written_at = 0;  ///< the line of the CHECK-MESSAGES comment
};

/// A line that the file must hold once the fixes are applied.
struct ExpectedFix {
  std::string line;
  std::size_t written_at = 0;
};

struct Fixture {
  LintConfig config;  ///< rules selected, options of the first line applied
  std::vector<ExpectedMessage> messages;
  std::vector<ExpectedFix> fixes;
};

/// Reads the annotations of a fixture. Malformed ones, unknown options and unknown rule ids are
/// appended to *problems as "path:line: message". The rules to run are those of `rules=`, or
/// else the rule named by the file (long-vowel-kokuji.md → long-vowel) and every rule of a
/// CHECK-MESSAGES line, or else every rule.
Fixture read_fixture(const SourceFile& file, std::vector<std::string>* problems);

}  // namespace tebiki
