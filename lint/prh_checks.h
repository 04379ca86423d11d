// Checks a prh rule runs at load: its specs (as prh does) and, in strict mode, whether its
// replacement settles.
#pragma once

#include <vector>

#include "prh_rule.h"
#include "source.h"

namespace tebiki {

/// Applies the rule alone to each spec's `from`, as prh does, and reports every spec whose
/// result is not its `to`, or whose regex runs out of time.
void check_specs(const PrhRule& rule, std::vector<SourceError>* errors);

/// Strict: reports a rule whose pattern finds something again in its own replacement (or
/// in a spec's `to`), so that fixing never settles, e.g. `ベンダ` → `ベンダー`.
void check_replacement_settles(const PrhRule& rule, std::vector<SourceError>* errors);

}  // namespace tebiki
