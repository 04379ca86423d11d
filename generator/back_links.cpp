#include "back_links.h"

#include "render.h"
#include "xrefs.h"

namespace tebiki {

VariantText back_links(const SectionSet& sections, const std::vector<Page>& pages, const Page& from,
                       const std::string& css_class, const std::string& caption, cmark_node* node) {
  VariantText links{node, false, "", ""};
  if (sections.empty()) return links;
  links.site = "<p class=\"" + css_class + "\">" + escape_html(caption) + "：";
  links.print = links.site;
  bool first = true;
  for (auto [page_index, heading_index] : sections) {
    const Page& target = pages[page_index];
    const Heading& heading = target.headings[heading_index];
    std::string label = escape_html(heading.numbered_title()), sep = first ? "" : "、";
    links.site += sep + "<a href=\"" + escape_html(relative_href(from.output, target.output) + "#" + heading.id) + "\">" + label + "</a>";
    links.print += sep + "<a href=\"#" + escape_html(print_anchor(target, heading.id)) + "\">" + label + "</a>";
    first = false;
  }
  links.site += "</p>\n";
  links.print += "</p>\n";
  return links;
}

}  // namespace tebiki
