#include "headings.h"

#include <cmark-gfm.h>

#include "japanese.h"
#include "slug.h"

namespace tebiki {
namespace {

void append_plain(cmark_node* node, std::string& out) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* literal = cmark_node_get_literal(child);
        if (literal) out += literal;
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: out += ' '; break;
      case CMARK_NODE_HTML_INLINE: break;
      default: append_plain(child, out); break;
    }
  }
}

// Removes "{#id}" from the heading's last text node so it is never rendered.
void strip_custom_id(cmark_node* heading) {
  cmark_node* last = cmark_node_last_child(heading);
  if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT) return;
  std::string text = cmark_node_get_literal(last);
  if (take_custom_id(text).empty()) return;
  cmark_node_set_literal(last, text.c_str());
}

std::string appendix_letter(int n) {
  std::string letter;
  for (++n; n > 0; n = (n - 1) / 26) letter.insert(letter.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letter;
}

class Numberer {
 public:
  Numberer(const std::string& language, PageKind kind, std::string label)
      : language_(language), kind_(kind), label_(std::move(label)) {}

  std::string next(int level) {
    if (label_.empty() || level > 3) return {};
    if (level == 1) return first_h1_++ == 0 ? chapter_number(language_, kind_, label_) : std::string{};
    if (level == 2) {
      ++section_;
      subsection_ = 0;
      return label_ + "." + std::to_string(section_);
    }
    ++subsection_;
    return label_ + "." + std::to_string(section_) + "." + std::to_string(subsection_);
  }

 private:
  const std::string& language_;
  PageKind kind_;
  std::string label_;
  int first_h1_ = 0, section_ = 0, subsection_ = 0;
};

// Sections are the document's own headings: one inside a block quote or a list item is part of
// that block, gets no number and no anchor (render_content gives ids to top-level headings only).
void collect_headings(cmark_node* root, std::vector<cmark_node*>& out) {
  for (cmark_node* child = cmark_node_first_child(root); child; child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) == CMARK_NODE_HEADING) out.push_back(child);
  }
}

void number_page(const BookConfig& config, Page& page, Diagnostics& diagnostics) {
  std::vector<cmark_node*> nodes;
  collect_headings(page.document->root(), nodes);
  Numberer numberer(config.language, page.entry.kind, page.chapter_label);
  SlugRegistry slugs;
  for (cmark_node* node : nodes) {
    Heading heading;
    heading.node = node;
    heading.level = cmark_node_get_heading_level(node);
    heading.offset = page.document->offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    heading.title = plain_text(node);
    std::string custom = take_custom_id(heading.title);
    strip_custom_id(node);
    if (!custom.empty() && !slugs.reserve(custom)) {
      diagnostics.push_back({"heading-id", Severity::Error, page.source->path(), heading.offset,
                             heading.offset + 1, "anchor '" + custom + "' is used twice in this page", {}});
    }
    heading.id = custom.empty() ? slugs.unique(github_slug(heading.title)) : custom;
    heading.number = numberer.next(heading.level);
    page.headings.push_back(std::move(heading));
  }
  if (page.front_matter.IsMap() && page.front_matter["title"] && page.front_matter["title"].IsScalar()) {
    page.title = page.front_matter["title"].Scalar();
  } else if (!page.headings.empty()) {
    page.title = page.headings.front().title;
  } else {
    page.title = page.entry.path;
  }
}

}  // namespace

std::string plain_text(cmark_node* node) {
  std::string text;
  append_plain(node, text);
  std::size_t end = text.find_last_not_of(' ');
  text.resize(end == std::string::npos ? 0 : end + 1);
  return text;
}

std::string chapter_number(const std::string& language, PageKind kind, const std::string& label) {
  bool japanese = language.starts_with("ja");
  if (kind == PageKind::Appendix) return japanese ? "付録" + label : "Appendix " + label;
  return japanese ? "第" + label + "章" : "Chapter " + label;
}

void number_headings(const BookConfig& config, std::vector<Page>& pages, Diagnostics& diagnostics) {
  int chapter = 0, appendix = 0;
  for (Page& page : pages) {
    if (!config.numbered || page.entry.kind == PageKind::Front) continue;
    page.chapter_label = page.entry.kind == PageKind::Chapter ? std::to_string(++chapter)
                                                              : appendix_letter(appendix++);
    page.number = chapter_number(config.language, page.entry.kind, page.chapter_label);
  }
  for_each_page(pages, diagnostics, [&](Page& page, Diagnostics& found) { number_page(config, page, found); });
}

}  // namespace tebiki
