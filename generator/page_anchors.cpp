#include "page_anchors.h"

namespace tebiki {
namespace {

struct AnchorCollector {
  PageAnchors& anchors;

  // The first id, href and src of each element count, as a lookup by name finds them.
  void start_tag(std::string_view, std::span<const HtmlAttribute> attributes) {
    std::optional<std::string_view> id, href, src;
    for (const HtmlAttribute& attribute : attributes) {
      std::optional<std::string_view>* slot = same_name(attribute.name, "id")     ? &id
                                              : same_name(attribute.name, "href") ? &href
                                              : same_name(attribute.name, "src")  ? &src
                                                                                  : nullptr;
      if (slot && !*slot) *slot = value(attribute.raw);
    }
    if (id) anchors.ids.push_back(*id);
    if (href || src) anchors.links.push_back(href ? *href : *src);
  }

  void end_tag(std::string_view) {}
  void text(std::string_view) {}
  void cdata(std::string_view) {}

  // The value as a view into the page, or into the decoded copies when it has references,
  // tabs or line breaks.
  std::string_view value(std::string_view raw) {
    if (is_plain_attribute(raw)) return raw;
    return anchors.decoded.emplace_back(read_attribute(raw));
  }
};

}  // namespace

std::optional<HtmlError> scan_anchors(std::string_view html, PageAnchors& anchors) {
  AnchorCollector collector{anchors};
  return scan_html(html, collector);
}

}  // namespace tebiki
