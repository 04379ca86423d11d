// An annotated lint fixture (clang-tidy style): the options on its first line, the findings it
// expects (CHECK-MESSAGES) and the lines its fixed text must hold (CHECK-FIXES).
//
//   <!-- tebiki-fixture: dictionary=terms.yml long-vowel=kokuji rules=a,b -->
//   サーバーを再起動する。
//   <!-- CHECK-MESSAGES: :[[@LINE-1]]:1: error: 「サーバー」は「サーバ」と書く [long-vowel] -->
//   <!-- CHECK-FIXES: サーバを再起動する。 -->
//
// `glossary=FILE references=FILE` load a book's glossary.yml and references.yml (next to the
// fixture) for the glossary and references rules. A finding in another file than the fixture
// (an unused entry of glossary.yml) is written with that file's name and its own line:
//   <!-- CHECK-MESSAGES: glossary.fixture.yml:12:9: warning: … [glossary] -->
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
  std::string file;  ///< empty: the fixture; else a path relative to the fixture's folder
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
  std::string glossary;    ///< `glossary=`: path of a glossary.yml to load, or empty
  std::string references;  ///< `references=`: path of a references.yml to load, or empty
  std::vector<ExpectedMessage> messages;
  std::vector<ExpectedFix> fixes;
};

/// Reads the annotations of a fixture. Malformed ones, unknown options and unknown rule ids are
/// appended to *problems as "path:line: message". The rules to run are those of `rules=`, or
/// else the rule named by the file (long-vowel-kokuji.md → long-vowel) and every rule of a
/// CHECK-MESSAGES line, or else every rule.
Fixture read_fixture(const SourceFile& file, std::vector<std::string>* problems);

}  // namespace tebiki
