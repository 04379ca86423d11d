#include "regex_fragment.h"

#include <algorithm>

namespace tebiki {
namespace {

/// Prefix sets kept at most: the matcher looks back no further.
constexpr std::size_t kMaxPrefix = 8;

void fold(icu::UnicodeSet& set) {
  set.closeOver(USET_CASE_INSENSITIVE);
  set.removeAllStrings();
}

}  // namespace

Fragment Fragment::one_of(const icu::UnicodeSet& set) {
  return Fragment{false, set, {set}, true};
}

Fragment Fragment::anything() {
  Fragment any{true, {}, {}, false};
  any.first.add(0, 0x10FFFF);
  return any;
}

void Fragment::then(const Fragment& next) {
  if (nullable) first.addAll(next.first);
  nullable = nullable && next.nullable;
  if (!exact) return;
  for (const auto& set : next.prefix) {
    if (prefix.size() == kMaxPrefix) break;
    prefix.push_back(set);
  }
  exact = next.exact && prefix.size() < kMaxPrefix;
}

void Fragment::or_else(const Fragment& other) {
  nullable = nullable || other.nullable;
  first.addAll(other.first);
  exact = exact && other.exact && prefix.size() == other.prefix.size();
  prefix.resize(std::min(prefix.size(), other.prefix.size()));
  for (std::size_t i = 0; i < prefix.size(); ++i) prefix[i].addAll(other.prefix[i]);
}

void Fragment::repeat(long min, long max) {
  if (min == max && exact) {
    Fragment once = *this;
    Fragment repeated;
    for (long i = 0; i < std::min(min, 8L) && repeated.exact; ++i) repeated.then(once);
    *this = std::move(repeated);
    return;
  }
  nullable = nullable || min == 0;
  if (min == 0) prefix.clear();  // the first repetition may be absent
  exact = false;
}

void Fragment::fold_case() {
  fold(first);
  for (auto& set : prefix) fold(set);
}

}  // namespace tebiki
