// The post-check's reading of a produced page (scan_html): its ids and its links in document
// order, and whether it is well-formed.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html_scan.h"

namespace tebiki {

/// What the scan found in a page. The views point into the page or into `decoded`.
struct PageAnchors {
  std::vector<std::string_view> ids;    ///< every id attribute, in document order
  std::vector<std::string_view> links;  ///< each element's href (else its src), in document order
  std::deque<std::string> decoded;      ///< values that had character references, decoded
};

/// Scans `html` into `anchors`; the error when the page is not well-formed (scan_html).
/// Attribute values are read as XML reads them (read_attribute).
std::optional<HtmlError> scan_anchors(std::string_view html, PageAnchors& anchors);

}  // namespace tebiki
