#include "alias_signs.h"

#include <set>
#include <utility>

#include "source.h"

namespace tebiki {
namespace {

std::vector<char32_t> code_points_of(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t at = 0, length = 0; at < text.size(); at += length) out.push_back(decode_utf8(text, at, &length));
  return out;
}

}  // namespace

void AliasSigns::add(std::string_view alias, std::string_view term) {
  std::vector<char32_t> spelled = code_points_of(alias);
  if (spelled.empty()) return;
  if (spelled.size() == 1) {
    if (spelled[0] < 0x10000) set(singles_, spelled[0]);
    else always_ = true;
    return;
  }
  std::vector<char32_t> canonical = code_points_of(term);
  std::set<std::pair<char32_t, char32_t>> term_pairs;
  for (std::size_t i = 0; i + 1 < canonical.size(); ++i) term_pairs.emplace(canonical[i], canonical[i + 1]);
  std::size_t sign = 0;
  while (sign + 1 < spelled.size() && term_pairs.count({spelled[sign], spelled[sign + 1]})) ++sign;
  if (sign + 1 == spelled.size()) sign = 0;  // every pair is the term's: the first will do
  set(pairs_, pair_bit(spelled[sign], spelled[sign + 1]));
}

bool AliasSigns::may_hold_alias(std::string_view text) const {
  if (always_) return true;
  char32_t previous = 0;
  for (std::size_t at = 0, length = 0; at < text.size(); at += length) {
    char32_t c = decode_utf8(text, at, &length);
    if (c < 0x10000 && has(singles_, c)) return true;
    if (at > 0 && has(pairs_, pair_bit(previous, c))) return true;
    previous = c;
  }
  return false;
}

}  // namespace tebiki
