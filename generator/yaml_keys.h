// The keys of tebiki.yml and the data files, checked against those the loaders read: a typo
// is an error at its place, not a setting silently ignored.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml_error.h"

namespace tebiki {

/// The name of `known` that `name` is an obvious typo of (one or two letters changed, left
/// out, added or swapped), or nullopt when none or more than one is that close.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& known);

/// "unknown KIND 'name' in PLACE", then "; did you mean 'x'?" when `name` is a typo of one
/// of `known`, else "; known KINDs: a, b, c".
std::string unknown_name_message(std::string_view kind, const std::string& name, std::string_view place,
                                 const std::vector<std::string>& known);

/// Appends an error at each key of `map` (when it is a mapping) that is not one of `known`.
void check_keys(const YamlFile& file, const YAML::Node& map, const std::vector<std::string>& known,
                std::string_view place, std::vector<SourceError>* errors);

}  // namespace tebiki
