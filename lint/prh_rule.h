// One rule of a prh dictionary, loaded and compiled.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "prh_pattern.h"
#include "source.h"

namespace tebiki {

/// A `specs` entry: applying the rule to `from` must give `to`.
struct PrhSpec {
  std::string from;
  std::string to;
  Position where;
};

struct PrhRule {
  std::string expected;  ///< the replacement; `$1`…`$99` stand for groups
  CompiledPattern pattern;
  std::optional<int>
      must_be_empty;  ///< `regexpMustEmpty: $N`: skip a match whose group N is not empty
  std::string note;   ///< `prh:` text shown with each finding
  std::vector<PrhSpec> specs;
  std::string path;  ///< the dictionary file the rule is written in
  Position where;
};

}  // namespace tebiki
