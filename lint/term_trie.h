// Many literal terms matched in one pass: a byte trie, longest match first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source.h"

namespace tebiki {

class TermTrie {
 public:
  /// Adds a term with a caller's id. Empty terms are ignored.
  void add(std::string_view term, std::size_t id);

  struct Match {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t id = 0;
  };

  /// Every term ending at a code point boundary that starts at `at`, longest first, into `out`
  /// (cleared first), whose memory a scan reuses at every position.
  void matches_at(std::string_view text, std::size_t at, std::vector<Match>& out) const;

  /// Non-overlapping matches, scanning left to right and taking the longest accepted match at
  /// each position. `accept(match)` may refuse one (word boundaries), then a shorter one is tried.
  template <typename Accept>
  std::vector<Match> scan(std::string_view text, Accept accept) const {
    std::vector<Match> found, candidates;
    for (std::size_t at = 0; at < text.size();) {
      if (is_continuation(text[at])) {  // a stray one: no term starts inside a character
        ++at;
        continue;
      }
      std::size_t length = 0;
      char32_t first = decode_utf8(text, at, &length);
      std::optional<Match> taken;
      if (may_start_with(first, text, at + length)) {
        matches_at(text, at, candidates);
        for (const Match& m : candidates) {
          if (accept(m)) {
            taken = m;
            break;
          }
        }
      }
      if (taken) found.push_back(*taken);
      at = taken ? taken->end : at + length;
    }
    return found;
  }

  bool empty() const { return nodes_.size() <= 1; }

 private:
  static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
  /// False when no term starts with code point `first` followed by the text at `next` (most
  /// positions of a text): the trie is not walked there. The first code point is looked up,
  /// then the first two, hashed.
  bool may_start_with(char32_t first, std::string_view text, std::size_t next) const {
    if (first >= kFilteredCodePoints) return true;
    if (!has_bit(first_code_points_, first)) return false;
    if (has_bit(single_code_point_terms_, first) || next >= text.size()) return true;
    std::size_t second_length = 0;
    return has_bit(first_pairs_, pair_bit(first, decode_utf8(text, next, &second_length)));
  }

  /// Bit sets over code points below kFilteredCodePoints (the Basic Multilingual Plane);
  /// terms starting beyond it are always looked up.
  static constexpr char32_t kFilteredCodePoints = 0x10000;
  using Bits = std::vector<std::uint64_t>;
  static bool has_bit(const Bits& bits, std::size_t bit) { return bits[bit >> 6] >> (bit & 63) & 1; }
  static void set_bit(Bits& bits, std::size_t bit) { bits[bit >> 6] |= std::uint64_t{1} << (bit & 63); }
  /// The bit of a term's first two code points in first_pairs_ (a hash: other pairs share it).
  static std::size_t pair_bit(char32_t first, char32_t second) {
    return (first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 8 & 0xFFFF;
  }

  /// An edge of the trie in an open-addressing table keyed by (node, code point): one probe
  /// or two per character of text, where sorted child lists cost a binary search per byte.
  struct Edge {
    std::uint32_t node = kNoNode;
    std::uint32_t child = 0;
    char32_t code_point = 0;
  };
  static constexpr std::uint32_t kNoNode = 0xFFFFFFFF;
  /// Keys of bytes that are not valid UTF-8 (above every code point): kInvalidByte + byte.
  static constexpr char32_t kInvalidByte = 0x110000;

  struct Node {
    std::optional<std::size_t> id;
  };
  std::size_t child(std::size_t node, char32_t code_point) const;
  void add_edge(std::uint32_t node, char32_t code_point, std::uint32_t child);
  void add_start(std::string_view term);
  std::vector<Node> nodes_{Node{}};
  std::vector<Edge> edges_ = std::vector<Edge>(64);  ///< size a power of two, at most half full
  std::size_t edge_count_ = 0;
  Bits first_code_points_ = Bits(kFilteredCodePoints / 64);       ///< c: a term starts with c
  Bits single_code_point_terms_ = Bits(kFilteredCodePoints / 64);  ///< c: c alone is a term
  Bits first_pairs_ = Bits(0x10000 / 64);                          ///< pair_bit of each term's start
};

}  // namespace tebiki
