#include "build_cache.h"

#include <cctype>

namespace tebiki {

void BuildCache::invalidate() {
  inputs.reset();
  pages.clear();
  layout_key.clear();
  borrowed.clear();
  stand_ins.clear();
}

std::map<std::string, std::string> BuildCache::stand_ins_except(const std::set<std::string>& sources) const {
  std::map<std::string, std::string> texts;
  for (const auto& [path, text] : stand_ins) {
    if (!sources.count(path)) texts.emplace(path, text);
  }
  return texts;
}

bool BuildCache::reusable(const Page& page, const std::string& key, const std::string& page_key) const {
  auto it = pages.find(page.output);
  return key == layout_key && it != pages.end() && files.count(page.output) &&
         it->second.layout_key == page_key && it->second.rendered_source == page.source->text();
}

bool BuildCache::linted(const Page& page) const {
  auto it = pages.find(page.output);
  return it != pages.end() && it->second.linted_source == page.source->text();
}

Diagnostics BuildCache::remember_lint(const std::vector<Page>& pages, Diagnostics found) {
  std::map<std::string, Diagnostics> by_file;
  Diagnostics all;
  for (Diagnostic& d : found) by_file[d.file].push_back(std::move(d));
  for (const Page& page : pages) {
    CachedPage& cached = this->pages[page.output];
    if (cached.linted_source != page.source->text()) {
      cached.linted_source = page.source->text();
      cached.lint = std::move(by_file[page.source->path()]);
    }
    by_file.erase(page.source->path());
    all.insert(all.end(), cached.lint.begin(), cached.lint.end());
  }
  for (auto& [file, rest] : by_file) all.insert(all.end(), rest.begin(), rest.end());
  return all;
}

void BuildCache::drop_unproduced() {
  for (auto it = files.begin(); it != files.end();) {
    if (produced.count(it->first)) {
      ++it;
      continue;
    }
    changed.insert(it->first);
    pages.erase(it->first);
    it = files.erase(it);
  }
}

void put_site_file(SiteFiles& files, BuildCache* cache, const std::string& path, std::string content) {
  if (cache) cache->keep(path);
  auto it = files.find(path);
  if (it != files.end() && it->second == content) return;
  if (cache) cache->changed.insert(path);
  files[path] = std::move(content);
}

std::string stand_in_source(const Page& page) {
  std::string text(page.source->text().substr(0, page.document->front_matter().end));
  for (const Heading& heading : page.headings) {
    text += "\n" + std::string(heading.level, '#') + ' ';
    for (char c : heading.title) {
      if (std::ispunct(static_cast<unsigned char>(c))) text += '\\';  // keep the title literal
      text += c;
    }
    text += " {#" + heading.id + "}\n";
  }
  return text;
}

std::set<std::string> borrowed_titles(const std::vector<Page>& pages) {
  std::set<std::string> borrowed;
  for (const Page& page : pages) borrowed.insert(page.borrowed_titles.begin(), page.borrowed_titles.end());
  return borrowed;
}

namespace {

std::string numbered_title_of(const std::map<std::string, const Page*>& by_output, const std::string& target) {
  std::size_t hash = target.find('#');
  auto page = by_output.find(target.substr(0, hash));
  if (page == by_output.end()) return {};
  if (hash + 1 == target.size()) return page->second->numbered_title();
  const Heading* heading = page->second->find_heading(target.substr(hash + 1));
  return heading ? heading->numbered_title() : std::string();
}

}  // namespace

std::string layout_key(const std::vector<Page>& pages, const std::set<std::string>& borrowed) {
  std::string key;
  std::map<std::string, const Page*> by_output;
  for (const Page& page : pages) {
    by_output[page.output] = &page;
    key += page.output + '\x1e';
  }
  for (const std::string& target : borrowed) key += target + '\x1f' + numbered_title_of(by_output, target) + '\x1e';
  return key;
}

std::string page_layout_key(const std::vector<Page>& pages, const Page& page) {
  std::string key = page.output + '\x1f' + page.numbered_title() + '\x1e';
  for (const Heading& heading : page.headings) {
    key += std::to_string(heading.level) + '\x1f' + heading.id + '\x1f' + heading.numbered_title() + '\x1e';
  }
  for (std::size_t neighbour : {page.index - 1, page.index + 1}) {
    if (neighbour < pages.size()) key += '\x1d' + pages[neighbour].output + '\x1f' + pages[neighbour].numbered_title();
  }
  return key;
}

}  // namespace tebiki
