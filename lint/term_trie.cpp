#include "term_trie.h"

#include <algorithm>

#include "utf8_inline.h"

namespace tebiki {

std::size_t TermTrie::child(std::size_t node, unsigned char byte) const {
  const auto& children = nodes_[node].children;
  auto it = std::lower_bound(children.begin(), children.end(), std::make_pair(byte, std::size_t{0}),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  return it != children.end() && it->first == byte ? it->second : 0;
}

bool TermTrie::may_start_at(std::string_view text, std::size_t at) const {
  std::size_t length = 0;
  char32_t c = decode_utf8(text, at, &length);
  return c >= first_code_points_.size() || first_code_points_[c];
}

void TermTrie::add(std::string_view term, std::size_t id) {
  if (term.empty()) return;
  std::size_t length = 0;
  char32_t first = decode_utf8(term, 0, &length);
  if (first < first_code_points_.size()) first_code_points_[first] = true;
  std::size_t node = 0;
  for (char c : term) {
    unsigned char byte = static_cast<unsigned char>(c);
    std::size_t next = child(node, byte);
    if (next == 0) {
      next = nodes_.size();
      nodes_.push_back(Node{});
      auto& children = nodes_[node].children;
      auto it = std::lower_bound(children.begin(), children.end(), byte,
                                 [](const auto& a, unsigned char b) { return a.first < b; });
      children.insert(it, {byte, next});
    }
    node = next;
  }
  if (!nodes_[node].id) nodes_[node].id = id;
}

std::vector<TermTrie::Match> TermTrie::matches_at(std::string_view text, std::size_t at) const {
  std::vector<Match> found;
  std::size_t node = 0;
  for (std::size_t i = at; i < text.size(); ++i) {
    node = child(node, static_cast<unsigned char>(text[i]));
    if (node == 0) break;
    bool boundary = i + 1 == text.size() || !is_continuation(text[i + 1]);
    if (nodes_[node].id && boundary) found.push_back({at, i + 1, *nodes_[node].id});
  }
  std::reverse(found.begin(), found.end());
  return found;
}

}  // namespace tebiki
