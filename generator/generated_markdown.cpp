#include "generated_markdown.h"

#include <cmark-gfm.h>

#include "transform.h"

namespace tebiki {

cmark_node* append_markdown(Page& page, const std::string& markdown, bool allow_html) {
  MarkdownDocument generated = parse_markdown(markdown);
  drop_japanese_soft_breaks(generated.root());
  if (!allow_html) show_raw_html_as_text(generated.root());
  cmark_node* first = nullptr;
  while (cmark_node* node = cmark_node_first_child(generated.root())) {
    cmark_node_unlink(node);
    cmark_node_append_child(page.document->root(), node);
    if (!first) first = node;
  }
  return first;
}

cmark_node* append_placeholder(Page& page) {
  cmark_node* node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, "");
  cmark_node_append_child(page.document->root(), node);
  return node;
}

}  // namespace tebiki
