#include "contents_script.h"

#include "script_data.h"

namespace tebiki {

std::vector<ContentsEntry> book_contents(const std::vector<Page>& pages) {
  std::vector<ContentsEntry> contents;
  contents.reserve(pages.size());
  for (const Page& page : pages) contents.push_back({page.output, page.numbered_title()});
  return contents;
}

std::string contents_script(const std::vector<ContentsEntry>& contents, std::string_view filling_code) {
  nlohmann::json entries = nlohmann::json::array();
  for (const ContentsEntry& entry : contents) entries.push_back(nlohmann::json::array({entry.href, entry.title}));
  return window_assignment("TEBIKI_TOC", entries) + std::string(filling_code);
}

std::vector<std::string> contents_links(const std::vector<ContentsEntry>& contents) {
  std::vector<std::string> links;
  links.reserve(contents.size());
  for (const ContentsEntry& entry : contents) links.push_back(entry.href);
  return links;
}

}  // namespace tebiki
