#include "back_links.h"

#include "render.h"
#include "xrefs.h"

namespace tebiki {
namespace {

// A glossary entry of a large book has hundreds of back-links: each is appended in place,
// without the temporary strings of a chain of `+`.
void append_link(std::string& out, std::string_view href_before_id, std::string_view id, std::string_view label) {
  out += "<a href=\"";
  out += href_before_id;
  out += escape_html(id);
  out += "\">";
  out += label;
  out += "</a>";
}

}  // namespace

VariantText back_links(const SectionSet& sections, const std::vector<Page>& pages, const Page& from,
                       const std::string& css_class, const std::string& caption, cmark_node* node) {
  VariantText links{node, false, "", ""};
  if (sections.empty()) return links;
  links.site = "<p class=\"" + css_class + "\">" + escape_html(caption) + "：";
  links.print = links.site;
  links.site.reserve(sections.size() * 96);
  links.print.reserve(sections.size() * 96);
  const Page* target = nullptr;
  std::string site_href;  // to the target page, escaped, with '#'
  bool first = true;
  for (auto [page_index, heading_index] : sections) {
    if (target != &pages[page_index]) {
      target = &pages[page_index];
      site_href = escape_html(relative_href(from.output, target->output)) + "#";
    }
    const Heading& heading = target->headings[heading_index];
    std::string label = escape_html(heading.numbered_title());
    if (!first) links.site += "、", links.print += "、";
    append_link(links.site, site_href, heading.id, label);
    append_link(links.print, "#", print_anchor(*target, heading.id), label);
    first = false;
  }
  links.site += "</p>\n";
  links.print += "</p>\n";
  return links;
}

}  // namespace tebiki
