#include "transform.h"

#include <cmark-gfm.h>

#include <string_view>

#include "japanese.h"
#include "node_type.h"
#include "xrefs.h"

namespace tebiki {
namespace {

bool is_inline(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

char32_t edge_code_point(cmark_node* node, bool last) {
  while (node && cmark_node_get_type(node) != CMARK_NODE_TEXT) {
    node = last ? cmark_node_last_child(node) : cmark_node_first_child(node);
  }
  if (!node) return 0;
  std::string_view text = cmark_node_get_literal(node);
  if (text.empty()) return 0;
  std::size_t i = 0;
  if (last) {
    i = text.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  }
  std::size_t length = 0;
  return decode_utf8(text, i, &length);
}

// A line break means nothing between Japanese characters, nor after or before Japanese
// punctuation (「。」 then 「RFP」 reads without a space).
bool joins_japanese(cmark_node* soft_break) {
  char32_t before = edge_code_point(cmark_node_previous(soft_break), true);
  char32_t after = edge_code_point(cmark_node_next(soft_break), false);
  return (is_japanese(before) && is_japanese(after)) || is_japanese_punctuation(before) ||
         is_japanese_punctuation(after);
}

void drop_breaks(cmark_node* node) {
  for (cmark_node* child = cmark_node_first_child(node); child;) {
    cmark_node* next = cmark_node_next(child);
    if (cmark_node_get_type(child) == CMARK_NODE_SOFTBREAK && joins_japanese(child)) cmark_node_free(child);
    else drop_breaks(child);
    child = next;
  }
}

bool is_comment(std::string_view html) {
  std::size_t start = html.find_first_not_of(" \t\r\n");
  std::size_t end = html.find_last_not_of(" \t\r\n");
  if (start == std::string_view::npos) return true;
  html = html.substr(start, end - start + 1);
  return html.starts_with("<!--") && html.ends_with("-->") && html.find("-->") == html.size() - 3;
}

bool is_raw_html(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

// A link or image whose URL would run script (javascript:…) once rendered.
bool is_script_link(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  const char* url = cmark_node_get_url(node);
  return (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && url && is_script_url(url);
}

// Replaces a raw HTML node with its text, shown as written; a comment just goes.
void show_as_text(cmark_node* node) {
  std::string html = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
  if (is_comment(html)) {
    cmark_node_free(node);
    return;
  }
  cmark_node* text = cmark_node_new(is_inline(node) ? CMARK_NODE_TEXT : CMARK_NODE_PARAGRAPH);
  if (is_inline(node)) {
    cmark_node_set_literal(text, html.c_str());
  } else {
    cmark_node* literal = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(literal, html.c_str());
    cmark_node_append_child(text, literal);
  }
  cmark_node_replace(node, text);
  cmark_node_free(node);
}

// A link (or image) that loses its URL: its text (alt text) stays in its place.
void unlink(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);
}

class PageTransformer {
 public:
  PageTransformer(const BookConfig& config, Page& page, Diagnostics& diagnostics)
      : config_(config), page_(page), diagnostics_(diagnostics) {}

  void visit(cmark_node* node) {
    for (cmark_node* child = cmark_node_first_child(node); child;) {
      cmark_node* next = cmark_node_next(child);
      handle(child);
      child = next;
    }
  }

 private:
  void handle(cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_SOFTBREAK && joins_japanese(node)) {
      cmark_node_free(node);
    } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      raw_html(node);
    } else if (!config_.allow_html && is_script_link(node)) {
      visit(node);
      report(link_offset(page_, node), std::string("link '") + cmark_node_get_url(node) +
                                           "' would run script: it is shown as text (set "
                                           "'allow_html: true' in tebiki.yml to keep it)");
      unlink(node);
    } else if (is_extension_type(node, "table")) {
      insert_html_before(node, "<div class=\"table-wrap\" tabindex=\"0\">");
      cmark_node* close = cmark_node_new(CMARK_NODE_HTML_BLOCK);
      cmark_node_set_literal(close, "</div>");
      cmark_node_insert_after(node, close);
      visit(node);
    } else {
      visit(node);
    }
  }

  void raw_html(cmark_node* node) {
    std::string html = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    if (is_comment(html)) {
      cmark_node_free(node);
      return;
    }
    if (config_.allow_html) return;
    report(html_offset(node, html),
           "raw HTML is shown as text (set 'allow_html: true' in tebiki.yml to pass it through)");
    show_as_text(node);
  }

  // Inline HTML has no position of its own in cmark: it is searched for from the start of
  // its block, after the HTML found before it in the same block.
  std::size_t html_offset(cmark_node* node, const std::string& html) {
    cmark_node* block = node;
    while (block && is_inline(block)) block = cmark_node_parent(block);
    std::size_t start = block ? page_.document->offset(cmark_node_get_start_line(block),
                                                       cmark_node_get_start_column(block)) : 0;
    if (!is_inline(node)) return start;
    if (block == last_block_) start = std::max(start, last_html_end_);
    std::size_t at = page_.source->text().find(html, start);
    last_block_ = block;
    last_html_end_ = at == std::string::npos ? start : at + html.size();
    return at == std::string::npos ? start : at;
  }

  void report(std::size_t offset, const std::string& message) {
    const std::string& path = page_.source->path();
    diagnostics_.push_back({"raw-html", Severity::Warning, path, offset, offset + 1, message, {}});
  }

  const BookConfig& config_;
  Page& page_;
  Diagnostics& diagnostics_;
  cmark_node* last_block_ = nullptr;
  std::size_t last_html_end_ = 0;
};

}  // namespace

void show_raw_html_as_text(cmark_node* node) {
  for (cmark_node* child = cmark_node_first_child(node); child;) {
    cmark_node* next = cmark_node_next(child);
    if (is_raw_html(child)) {
      show_as_text(child);
    } else {
      show_raw_html_as_text(child);
      if (is_script_link(child)) unlink(child);
    }
    child = next;
  }
}

cmark_node* insert_html_before(cmark_node* anchor, const std::string& html) {
  cmark_node* node = cmark_node_new(is_inline(anchor) ? CMARK_NODE_HTML_INLINE : CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, html.c_str());
  cmark_node_insert_before(anchor, node);
  return node;
}

void split_text_node(cmark_node* node, const std::vector<TextSpan>& spans,
                     const std::function<void(std::size_t, cmark_node*)>& fill) {
  if (spans.empty()) return;
  std::string literal = cmark_node_get_literal(node);
  auto insert_text = [&](std::size_t begin, std::size_t end) {
    if (end <= begin) return;
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal.substr(begin, end - begin).c_str());
    cmark_node_insert_before(node, text);
  };
  std::size_t done = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    insert_text(done, spans[i].begin);
    fill(i, insert_html_before(node, ""));
    done = spans[i].end;
  }
  insert_text(done, literal.size());
  cmark_node_free(node);
}

cmark_node* replace_with_html(cmark_node* old, const std::string& html) {
  cmark_node* node = cmark_node_new(is_inline(old) ? CMARK_NODE_HTML_INLINE : CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, html.c_str());
  cmark_node_replace(old, node);
  cmark_node_free(old);
  return node;
}

void drop_japanese_soft_breaks(cmark_node* node) { drop_breaks(node); }

void transform_page(const BookConfig& config, Page& page, Diagnostics& diagnostics) {
  PageTransformer(config, page, diagnostics).visit(page.document->root());
}

}  // namespace tebiki
