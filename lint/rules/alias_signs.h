// The glossary rule's quick test for aliases: before the trie looks a run up, whether any
// alias can be in it at all.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tebiki {

/// For each alias, one pair of neighbouring code points that must be in any text holding it:
/// the first pair its term does not have, where the spellings part (「保管・範囲」 for
/// 「保管範囲」 gives 「管・」, 「サーバー」 for 「サーバ」 gives 「バー」), else its first pair;
/// an alias of one code point is its own sign. Text without any sign holds no alias. The pairs
/// are hashed into bits: a text may pass without holding one, never the other way round.
class AliasSigns {
 public:
  void add(std::string_view alias, std::string_view term);
  bool may_hold_alias(std::string_view text) const;

 private:
  using Bits = std::vector<std::uint64_t>;
  static bool has(const Bits& bits, std::size_t bit) { return bits[bit >> 6] >> (bit & 63) & 1; }
  static void set(Bits& bits, std::size_t bit) { bits[bit >> 6] |= std::uint64_t{1} << (bit & 63); }
  static std::size_t pair_bit(char32_t first, char32_t second) {
    return (first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 8 & 0xFFFF;
  }

  Bits pairs_ = Bits(0x10000 / 64);
  Bits singles_ = Bits(0x10000 / 64);  ///< aliases of one code point in the Basic Multilingual Plane
  bool always_ = false;                ///< an alias of one code point beyond it
};

}  // namespace tebiki
