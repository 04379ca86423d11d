// Many literal terms matched in one pass: a byte trie, longest match first.
#pragma once

#include <cstddef>
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

  /// Every term ending at a code point boundary that starts at `at`, longest first.
  std::vector<Match> matches_at(std::string_view text, std::size_t at) const;

  /// Non-overlapping matches, scanning left to right and taking the longest accepted match at
  /// each position. `accept(match)` may refuse one (word boundaries), then a shorter one is tried.
  template <typename Accept>
  std::vector<Match> scan(std::string_view text, Accept accept) const {
    std::vector<Match> found;
    for (std::size_t at = 0; at < text.size();) {
      std::optional<Match> taken;
      if (!is_continuation(text[at]) && may_start_at(text, at)) {
        for (const Match& m : matches_at(text, at)) {
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

  struct Node {
    std::vector<std::pair<unsigned char, std::size_t>> children;  ///< sorted by byte
    std::optional<std::size_t> id;
  };
  std::size_t child(std::size_t node, unsigned char byte) const;
  std::vector<Node> nodes_{Node{}};
  /// Bit c is set when a term starts with code point c (c < 0x10000); terms starting beyond
  /// the Basic Multilingual Plane are always looked up.
  std::vector<bool> first_code_points_ = std::vector<bool>(0x10000, false);
};

}  // namespace tebiki
