#include "back_links.h"

#include "linter.h"
#include "render.h"
#include "xrefs.h"

namespace tebiki {
namespace {

void append_link(std::string& out, std::string_view href, std::string_view label) {
  out += "<a href=\"";
  out += href;
  out += "\">";
  out += label;
  out += "</a>";
}

}  // namespace

namespace {

std::string folder_of(const Page& page) {
  std::size_t slash = page.output.rfind('/');
  return slash == std::string::npos ? std::string() : page.output.substr(0, slash);
}

}  // namespace

bool SectionLinks::serves(const Page& page) const { return folder_of(page) == from_folder_; }

SectionLinks::SectionLinks(const std::vector<Page>& pages, const Page& from)
    : parts_(pages.size()), from_folder_(folder_of(from)) {
  parallel_for(pages.size(), [&](std::size_t i) {
    const Page& page = pages[i];
    std::string page_href = escape_html(relative_href(from.output, page.output)) + "#";
    PageLinks& links = parts_[i];
    for (const Heading& heading : page.headings) {
      std::string label = escape_html(heading.numbered_title());
      append_link(links.site.text, page_href + escape_html(heading.id), label);
      append_link(links.print.text, "#" + escape_html(print_anchor(page, heading.id)), label);
      links.site.ends.push_back(links.site.text.size());
      links.print.ends.push_back(links.print.text.size());
    }
  });
}

VariantText back_links(const SectionSet& sections, const SectionLinks& links, const std::string& css_class,
                       const std::string& caption, const std::string& separator, cmark_node* node) {
  VariantText paragraph{node, false, "", ""};
  if (sections.empty()) return paragraph;
  paragraph.site = "<p class=\"" + css_class + "\">" + escape_html(caption);
  paragraph.print = paragraph.site;
  std::string between = escape_html(separator);
  bool first = true;
  for (auto [page, heading] : sections) {
    if (!first) paragraph.site += between, paragraph.print += between;
    paragraph.site += links.site(page, heading);
    paragraph.print += links.print(page, heading);
    first = false;
  }
  paragraph.site += "</p>\n";
  paragraph.print += "</p>\n";
  return paragraph;
}

}  // namespace tebiki
