// The post-check's reading of a produced page: one pass over its bytes that checks that the
// tags nest (the page is well-formed XML, as tebiki writes it) and collects the ids and the
// links in document order. No tree is built: a large book's print.html holds millions of
// elements, and the check needs only these attributes.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tebiki {

/// What the scan found in a page. The views point into the page or into `decoded`.
struct PageAnchors {
  std::vector<std::string_view> ids;    ///< every id attribute, in document order
  std::vector<std::string_view> links;  ///< each element's href (else its src), in document order
  std::deque<std::string> decoded;      ///< values that had character references, decoded
};

/// Where and why a page is not well-formed.
struct HtmlError {
  std::size_t offset = 0;
  std::string description;
};

/// Scans `html` into `anchors`. Accepts what an XML parser accepts of a page: at least one
/// element, elements that nest and close (or end in "/>"), quoted attribute values, comments,
/// CDATA sections, processing instructions and a doctype. Attribute values are read as XML reads them:
/// character references (&amp; &#38; &#x26;) decoded, tabs and line breaks made spaces.
std::optional<HtmlError> scan_anchors(std::string_view html, PageAnchors& anchors);

}  // namespace tebiki
