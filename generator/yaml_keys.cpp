#include "yaml_keys.h"

#include <algorithm>
#include <numeric>

namespace tebiki {
namespace {

// Optimal string alignment distance over bytes (the keys are ASCII): insertions, deletions,
// substitutions and swaps of two neighbours each cost one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  std::iota(d[0].begin(), d[0].end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::string joined(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

// The name as the message shows it: a hostile key of megabytes is cut (at a character's start).
std::string shown_name(const std::string& name) {
  constexpr std::size_t kShown = 60;
  if (name.size() <= kShown) return name;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut) + "…";
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& known) {
  // A key longer than any name is no typo of one: and the table would take its length squared
  // (a 10 MB key in a hostile file).
  constexpr std::size_t kLongestName = 64;
  if (name.empty() || name.size() > kLongestName) return std::nullopt;
  // At most two edits, and fewer than half the name: "en" is no typo of "id".
  std::size_t limit = std::min<std::size_t>(2, (name.size() - 1) / 2);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  bool tie = false;
  for (const std::string& candidate : known) {
    std::size_t apart = name.size() > candidate.size() ? name.size() - candidate.size() : candidate.size() - name.size();
    if (apart > limit) continue;  // more edits than allowed, whatever they are
    std::size_t distance = edit_distance(name, candidate);
    if (distance == best_distance) tie = true;
    if (distance >= best_distance) continue;
    best = candidate;
    best_distance = distance;
    tie = false;
  }
  if (tie) return std::nullopt;
  return best;
}

std::string unknown_name_message(std::string_view kind, const std::string& name, std::string_view place,
                                 const std::vector<std::string>& known) {
  std::string message = "unknown " + std::string(kind) + " '" + shown_name(name) + "' in " + std::string(place);
  if (auto typo = closest_name(name, known)) return message + "; did you mean '" + *typo + "'?";
  return message + "; known " + std::string(kind) + "s: " + joined(known);
}

void check_keys(const YamlFile& file, const YAML::Node& map, const std::vector<std::string>& known,
                std::string_view place, std::vector<SourceError>* errors) {
  if (!map.IsMap()) return;
  for (const auto& entry : map) {
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    errors->push_back(file.error(entry.first.Mark(), unknown_name_message("key", key, place, known)));
  }
}

}  // namespace tebiki
