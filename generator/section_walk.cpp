#include "section_walk.h"

#include <cmark-gfm.h>

#include <map>
#include <string>

#include "node_type.h"

namespace tebiki {
namespace {

// cmark ends a text node at every character that might start markup ("[", "!", "*"), so
// "[@iso27001]" arrives as "[", "@iso27001" and "]": the text nodes that follow one another
// become one, as cmark_consolidate_text_nodes would make them, before the node is visited.
void merge_following_text(cmark_node* node) {
  cmark_node* next = cmark_node_next(node);
  if (!next || cmark_node_get_type(next) != CMARK_NODE_TEXT) return;
  std::string text = cmark_node_get_literal(node);
  while (next && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
    text += cmark_node_get_literal(next);
    cmark_node* after = cmark_node_next(next);
    cmark_node_free(next);
    next = after;
  }
  cmark_node_set_literal(node, text.c_str());
}

struct Walker {
  Page& page;
  const std::function<void(cmark_node*, std::size_t, cmark_node*)>& visit;
  std::map<cmark_node*, std::size_t> heading_index;
  std::size_t section = kNoSection;

  void block(cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      auto it = heading_index.find(node);
      if (it != heading_index.end() && page.headings[it->second].level <= 3) section = it->second;
      return;
    }
    if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) return;
    if (type == CMARK_NODE_PARAGRAPH || is_extension_type(node, "table_cell")) {
      inlines(node, node);
      return;
    }
    for (cmark_node* child = cmark_node_first_child(node); child;) {
      cmark_node* next = cmark_node_next(child);
      block(child);
      child = next;
    }
  }

  void inlines(cmark_node* parent, cmark_node* leaf) {
    for (cmark_node* node = cmark_node_first_child(parent); node;) {
      cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_TEXT) merge_following_text(node);
      cmark_node* next = cmark_node_next(node);
      if (type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || is_extension_type(node, "strikethrough")) {
        inlines(node, leaf);
      } else {
        visit(node, section, leaf);
      }
      node = next;
    }
  }
};

}  // namespace

void walk_sections(Page& page, const std::function<void(cmark_node*, std::size_t, cmark_node*)>& visit) {
  Walker walker{page, visit, {}, page.headings.empty() ? kNoSection : 0};
  for (std::size_t i = 0; i < page.headings.size(); ++i) walker.heading_index[page.headings[i].node] = i;
  for (cmark_node* node = cmark_node_first_child(page.document->root()); node;) {
    cmark_node* next = cmark_node_next(node);
    walker.block(node);
    node = next;
  }
}

}  // namespace tebiki
