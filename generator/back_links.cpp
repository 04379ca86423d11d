#include "back_links.h"

#include "linter.h"
#include "render.h"
#include "xrefs.h"

namespace tebiki {
namespace {

void append_link(std::string& out, const std::string& href, const std::string& label) {
  out += "<a href=\"";
  out += href;
  out += "\">";
  out += label;
  out += "</a>";
}

}  // namespace

SectionLinks::SectionLinks(const std::vector<Page>& pages, const Page& from) : parts_(pages.size()) {
  parallel_for(pages.size(), [&](std::size_t i) {
    const Page& page = pages[i];
    std::string page_href = escape_html(relative_href(from.output, page.output)) + "#";
    for (const Heading& heading : page.headings) {
      parts_[i].push_back({escape_html(heading.numbered_title()), page_href + escape_html(heading.id),
                           "#" + escape_html(print_anchor(page, heading.id))});
    }
  });
}

VariantText back_links(const SectionSet& sections, const SectionLinks& links, const std::string& css_class,
                       const std::string& caption, cmark_node* node) {
  VariantText paragraph{node, false, "", ""};
  if (sections.empty()) return paragraph;
  paragraph.site = "<p class=\"" + css_class + "\">" + escape_html(caption) + "：";
  paragraph.print = paragraph.site;
  bool first = true;
  for (auto [page, heading] : sections) {
    const SectionLinks::Parts& parts = links.of(page, heading);
    if (!first) paragraph.site += "、", paragraph.print += "、";
    append_link(paragraph.site, parts.site_href, parts.label);
    append_link(paragraph.print, parts.print_href, parts.label);
    first = false;
  }
  paragraph.site += "</p>\n";
  paragraph.print += "</p>\n";
  return paragraph;
}

}  // namespace tebiki
