#include "term_trie.h"

#include <algorithm>

#include "utf8_inline.h"

namespace tebiki {

namespace {

std::size_t edge_slot(std::uint32_t node, char32_t code_point, std::size_t mask) {
  std::uint64_t key = (std::uint64_t{node} << 21 | code_point) * 0x9E3779B97F4A7C15ull;
  return static_cast<std::size_t>(key >> 32) & mask;
}

}  // namespace

std::size_t TermTrie::child(std::size_t node, char32_t code_point) const {
  std::size_t mask = edges_.size() - 1;
  for (std::size_t slot = edge_slot(static_cast<std::uint32_t>(node), code_point, mask);; slot = (slot + 1) & mask) {
    const Edge& edge = edges_[slot];
    if (edge.node == kNoNode) return 0;
    if (edge.node == node && edge.code_point == code_point) return edge.child;
  }
}

void TermTrie::add_edge(std::uint32_t node, char32_t code_point, std::uint32_t child) {
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    edge_count_ = 0;
    for (const Edge& edge : old) {
      if (edge.node != kNoNode) add_edge(edge.node, edge.code_point, edge.child);
    }
  }
  std::size_t mask = edges_.size() - 1;
  std::size_t slot = edge_slot(node, code_point, mask);
  while (edges_[slot].node != kNoNode) slot = (slot + 1) & mask;
  edges_[slot] = {node, child, code_point};
  ++edge_count_;
}

// The filters of may_start_at, from the code points as the text's decoding gives them.
void TermTrie::add_start(std::string_view term) {
  std::size_t length = 0;
  char32_t first = decode_utf8(term, 0, &length);
  if (first >= kFilteredCodePoints) return;
  set_bit(first_code_points_, first);
  if (length >= term.size()) return set_bit(single_code_point_terms_, first);
  std::size_t second_length = 0;
  set_bit(first_pairs_, pair_bit(first, decode_utf8(term, length, &second_length)));
}

// Terms are stored by code point; a byte that is not valid UTF-8 is stored as U+FFFD, as the
// text's decoding gives it, and matches the same bytes only.
void TermTrie::add(std::string_view term, std::size_t id) {
  if (term.empty()) return;
  add_start(term);
  std::size_t node = 0, length = 0;
  for (std::size_t i = 0; i < term.size(); i += length) {
    char32_t c = decode_utf8(term, i, &length);
    if (c == 0xFFFD && term.substr(i, 3) != "\xEF\xBF\xBD") c = kInvalidByte + static_cast<unsigned char>(term[i]);
    std::size_t next = child(node, c);
    if (next == 0) {
      next = nodes_.size();
      nodes_.push_back(Node{});
      add_edge(static_cast<std::uint32_t>(node), c, static_cast<std::uint32_t>(next));
    }
    node = next;
  }
  if (!nodes_[node].id) nodes_[node].id = id;
}

void TermTrie::matches_at(std::string_view text, std::size_t at, std::vector<Match>& found) const {
  found.clear();
  std::size_t node = 0, length = 0;
  for (std::size_t i = at; i < text.size(); i += length) {
    char32_t c = decode_utf8(text, i, &length);
    if (c == 0xFFFD && text.substr(i, 3) != "\xEF\xBF\xBD") c = kInvalidByte + static_cast<unsigned char>(text[i]);
    node = child(node, c);
    if (node == 0) break;
    if (nodes_[node].id) found.push_back({at, i + length, *nodes_[node].id});
  }
  std::reverse(found.begin(), found.end());
}

}  // namespace tebiki
