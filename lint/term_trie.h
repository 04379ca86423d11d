// Many literal terms matched in one pass: a byte trie, longest match first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
      std::optional<Match> taken;
      if (!is_continuation(text[at]) && may_start_at(text, at)) {
        matches_at(text, at, candidates);
        for (const Match& m : candidates) {
          if (accept(m)) {
            taken = m;
            break;
          }
        }
      }
      if (taken) {
        found.push_back(*taken);
        at = taken->end;
      } else {
        ++at;
      }
    }
    return found;
  }

  bool empty() const { return nodes_.size() <= 1; }

 private:
  static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
  /// False when no term starts with the code point at `at` (most positions of a text): the
  /// trie is not walked there.
  bool may_start_at(std::string_view text, std::size_t at) const;

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
  std::vector<Node> nodes_{Node{}};
  std::vector<Edge> edges_ = std::vector<Edge>(64);  ///< size a power of two, at most half full
  std::size_t edge_count_ = 0;
  /// Bit c is set when a term starts with code point c (c < 0x10000); terms starting beyond
  /// the Basic Multilingual Plane are always looked up.
  std::vector<bool> first_code_points_ = std::vector<bool>(0x10000, false);
};

}  // namespace tebiki
