#include "load.h"

#include <algorithm>
#include <mutex>

#include "linter.h"
#include "yaml_error.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

// Reads the front matter's YAML; its line numbers are those of the file.
bool read_front_matter(Page& page, SourceError* error) {
  const FrontMatter& front = page.document->front_matter();
  if (front.end == 0) return true;
  std::size_t line_offset = page.source->position(front.yaml_offset).line - 1;
  auto node = parse_yaml(page.source->path(), front.yaml, error, line_offset);
  if (!node) return false;
  if (!node->IsMap() && !node->IsNull()) {
    *error = SourceError{page.source->path(), page.source->position(front.yaml_offset),
                         "front matter must be a YAML mapping", true};
    return false;
  }
  page.front_matter = *node;
  return true;
}

// A page that a symbolic link (or a `../` path in tebiki.yml) takes outside the book would
// publish that file, /etc/passwd say: it is refused before it is read.
std::optional<SourceError> outside_book(const BookConfig& config, const fs::path& root, const std::string& path) {
  std::error_code ec;
  fs::path target = fs::weakly_canonical(path, ec);
  if (ec) return SourceError{path, {1, 1}, "cannot read file: " + ec.message()};  // a loop of links
  auto [end, unused] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  if (end == root.end()) return std::nullopt;
  return SourceError{path, {1, 1},
                     "page leads outside the book (to " + target.string() +
                         "); a page must be a file inside " + config.source_dir.string()};
}

std::optional<SourceError> load_page(const BookConfig& config, const fs::path& root, Page& page, const PageTexts* texts) {
  SourceError error;
  std::string path = (config.source_dir / page.entry.path).lexically_normal().string();
  auto given = texts ? texts->find(page.entry.path) : PageTexts::const_iterator{};
  if (texts && given != texts->end()) {
    page.source.emplace(path, given->second);
  } else if (auto outside = outside_book(config, root, path)) {
    return outside;
  } else {
    page.source = read_source(path, &error);
  }
  if (!page.source) return error;
  page.document.emplace(parse_markdown(page.source->text()));
  if (auto deep = page.document->too_deep_at()) return too_deep(*page.source, *deep);
  if (!read_front_matter(page, &error)) return error;
  page.runs = extract_text_runs(*page.document, page.source->text());
  page.suppressions.emplace(*page.document, *page.source);
  return std::nullopt;
}

std::string print_prefix(const std::string& output) {
  std::string prefix;
  for (char c : output.substr(0, output.size() - 5)) prefix += (c == '/' ? '-' : c);
  return prefix;
}

}  // namespace

std::string output_path(const PageEntry& entry) {
  if (entry.kind == PageKind::Front) return "index.html";
  fs::path path(entry.path);
  path.replace_extension(".html");
  std::string out = path.generic_string();
  return out == "index.html" ? "index-page.html" : out;
}

std::vector<Page> load_pages(const BookConfig& config, std::vector<SourceError>* errors, const PageTexts* texts) {
  std::vector<Page> pages(config.pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    pages[i].entry = config.pages[i];
    pages[i].index = i;
    pages[i].output = output_path(config.pages[i]);
    pages[i].print_prefix = print_prefix(pages[i].output);
  }
  std::error_code ec;
  fs::path root = fs::weakly_canonical(config.source_dir, ec);  // once, not for every page
  std::mutex mutex;
  parallel_for(pages.size(), [&](std::size_t i) {
    if (auto error = load_page(config, root, pages[i], texts)) {
      std::lock_guard lock(mutex);
      errors->push_back(*error);
    }
  });
  return pages;
}

}  // namespace tebiki
