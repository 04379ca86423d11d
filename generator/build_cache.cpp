#include "build_cache.h"

namespace tebiki {

void BuildCache::invalidate() {
  pages.clear();
  layout_key.clear();
}

bool BuildCache::reusable(const Page& page, const std::string& key) const {
  auto it = pages.find(page.output);
  return key == layout_key && it != pages.end() && files.count(page.output) &&
         it->second.rendered_source == page.source->text();
}

bool BuildCache::linted(const Page& page) const {
  auto it = pages.find(page.output);
  return it != pages.end() && it->second.linted_source == page.source->text();
}

void put_site_file(SiteFiles& files, BuildCache* cache, const std::string& path, std::string content) {
  auto it = files.find(path);
  if (it != files.end() && it->second == content) return;
  if (cache) cache->changed.insert(path);
  files[path] = std::move(content);
}

std::string layout_key(const std::vector<Page>& pages) {
  std::string key;
  for (const Page& page : pages) {
    key += page.output + '\x1f' + page.numbered_title() + '\x1e';
    for (const Heading& heading : page.headings) {
      key += std::to_string(heading.level) + '\x1f' + heading.id + '\x1f' + heading.numbered_title() + '\x1e';
    }
    key += '\x1d';
  }
  return key;
}

}  // namespace tebiki
