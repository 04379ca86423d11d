#include "generated_markdown.h"

#include <cmark-gfm.h>

#include "transform.h"

namespace tebiki {
namespace {

// Text nested too deep to walk (kMaxNesting) is shown as it is. The glossary's descriptions
// are refused when they are loaded; this keeps any other generated text from being walked.
cmark_node* append_plain_text(Page& page, const std::string& text) {
  cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node* literal = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(literal, text.c_str());
  cmark_node_append_child(paragraph, literal);
  cmark_node_append_child(page.document->root(), paragraph);
  return paragraph;
}

}  // namespace

cmark_node* append_markdown(Page& page, const std::string& markdown, bool allow_html) {
  MarkdownDocument generated = parse_markdown(markdown);
  if (generated.too_deep_at()) return append_plain_text(page, markdown);
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
