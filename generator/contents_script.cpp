#include "contents_script.h"

#include <nlohmann/json.hpp>

namespace tebiki {
namespace {

// U+2028 and U+2029 end a line in JavaScript before ES2019, even inside a string; '<' is
// escaped so that the data never reads as a tag, should the script ever be inlined.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    std::string_view rest = std::string_view(json).substr(i);
    if (rest.starts_with("\u2028") || rest.starts_with("\u2029")) {
      out += rest.starts_with("\u2028") ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      if (json[i] == '<') out += "\\u003c";
      else out += json[i];
    }
  }
  return out;
}

}  // namespace

std::vector<ContentsEntry> book_contents(const std::vector<Page>& pages) {
  std::vector<ContentsEntry> contents;
  contents.reserve(pages.size());
  for (const Page& page : pages) contents.push_back({page.output, page.numbered_title()});
  return contents;
}

std::string contents_script(const std::vector<ContentsEntry>& contents, std::string_view filling_code) {
  nlohmann::json entries = nlohmann::json::array();
  for (const ContentsEntry& entry : contents) entries.push_back(nlohmann::json::array({entry.href, entry.title}));
  std::string json = entries.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return "window.TEBIKI_TOC = " + script_safe(json) + ";\n" + std::string(filling_code);
}

std::vector<std::string> contents_links(const std::vector<ContentsEntry>& contents) {
  std::vector<std::string> links;
  links.reserve(contents.size());
  for (const ContentsEntry& entry : contents) links.push_back(entry.href);
  return links;
}

}  // namespace tebiki
