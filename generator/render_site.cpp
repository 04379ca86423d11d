#include "render_site.h"

#include "checksheet_page.h"
#include "linter.h"
#include "render.h"
#include "site_pages.h"

namespace tebiki {
namespace {

std::string page_kind(const Page& page) {
  switch (page.entry.kind) {
    case PageKind::Front: return "front";
    case PageKind::Appendix: return "appendix";
    case PageKind::Chapter: return "chapter";
  }
  return "chapter";
}

class SiteLayout {
 public:
  SiteLayout(const SiteRendering& how, std::vector<Page>& pages, SiteFiles& files, std::string* error)
      : how_(how), pages_(pages), files_(files), error_(error), theme_(how.config, pages),
        borrowed_(how.only_sources && how.cache ? how.cache->borrowed : borrowed_titles(pages)),
        key_(layout_key(pages, borrowed_)) {}

  bool run() {
    if (how_.only_sources) return run_quick();
    bool has_front = false;
    bool layout_changed = !how_.cache || how_.cache->layout_key != key_;
    std::vector<Page*> changed;
    std::vector<std::string> page_keys;
    for (Page& page : pages_) {
      has_front |= page.output == "index.html";
      std::string page_key = page_layout_key(pages_, page);
      if (reuse(page, page_key)) {
        how_.cache->keep(page.output);
        continue;
      }
      changed.push_back(&page);
      page_keys.push_back(std::move(page_key));
    }
    if (!lay_out_book_pages(changed)) return false;
    for (std::size_t i = 0; i < changed.size(); ++i) remember(*changed[i], std::move(page_keys[i]));
    if (how_.cache) how_.cache->layout_key = key_, how_.cache->borrowed = borrowed_;
    return lay_out_extra_pages(has_front, !changed.empty(), layout_changed);
  }

 private:
  // The pages are laid out in parallel (each renders only its own tree) and put in order.
  // A page's part of print.html is rendered at the same time; then its tree is no longer
  // needed, and without a cache (the trees die with the build) it goes at once, so the
  // trees and the rendered site are not all held together.
  bool lay_out_book_pages(const std::vector<Page*>& pages) {
    std::vector<std::optional<std::string>> html(pages.size());
    std::vector<std::string> errors(pages.size());
    print_parts_.resize(pages_.size());
    // The pages listing the whole book's uses (glossary, references: by far the largest) first.
    auto lists_book = [&](std::size_t i) -> std::size_t { return how_.whole_book_pages.count(pages[i]->output); };
    parallel_for_largest_first(pages.size(), lists_book, [&](std::size_t i) {
      Page& page = *pages[i];
      std::string content = render_content(how_.config, page, Variant::Site);
      html[i] = theme_.render({page.output, page_kind(page), page.numbered_title(), std::move(content), &page}, &errors[i]);
      print_parts_[page.index] = page_print_content(how_.config, page);
      if (!how_.cache) page.release_tree();
    });
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (!html[i]) return *error_ = errors[i], false;
      put_site_file(files_, how_.cache, pages[i]->output, std::move(*html[i]));
    }
    return true;
  }

  // The edited pages alone; a change that other pages show (another layout key: a page
  // added or removed, a title that a cross-reference shows) needs the whole site.
  bool run_quick() {
    if (!how_.cache || key_ != how_.cache->layout_key) return true;
    for (Page& page : pages_) {
      // The stand-ins use no terms and cite nothing: the pages listing uses wait for the full build.
      if (!how_.only_sources->count(page.entry.path) || how_.whole_book_pages.count(page.output)) continue;
      if (!lay_out({page.output, page_kind(page), page.numbered_title(), render_content(how_.config, page, Variant::Site), &page})) return false;
    }
    return true;
  }

  bool reuse(const Page& page, const std::string& page_key) const {
    return how_.cache && !how_.whole_book_pages.count(page.output) && how_.cache->reusable(page, key_, page_key);
  }

  void remember(Page& page, std::string page_key) {
    if (!how_.cache) return;
    BuildCache::CachedPage& cached = how_.cache->pages[page.output];
    cached.rendered_source = page.source->text();
    cached.layout_key = std::move(page_key);
    cached.print_content = print_parts_[page.index];
    how_.cache->stand_ins[page.entry.path] = stand_in_source(page);
  }

  // print.html shows every page; the others are few and list titles (index.html without a
  // front page, the check sheet), so they are laid out whenever a page changed.
  bool lay_out_extra_pages(bool has_front, bool book_changed, bool layout_changed) {
    const BookConfig& config = how_.config;
    std::vector<std::string> outputs;
    for (const Page& page : pages_) outputs.push_back(page.output);
    if (!has_front) outputs.insert(outputs.begin(), "index.html");
    outputs.push_back("print.html");
    bool has_sheet = !config.checklist.empty();  // as ThemeRenderer decides the sheet's links
    if (has_sheet) outputs.push_back(kChecksheetPath);
    if (!book_changed && !layout_changed) return keep_extra_pages(outputs);
    bool printed = lay_out({"print.html", "print", config.title, "", nullptr, print_content()});
    std::vector<std::string>().swap(print_parts_);
    if (!printed) return false;
    if (!has_front && !lay_out({"index.html", "front", config.title, contents_listing(pages_), nullptr})) return false;
    if (!lay_out({"404.html", "404", theme_words(config.language).not_found, not_found_content(config), nullptr})) return false;
    if (has_sheet &&
        !lay_out({kChecksheetPath, "checksheet", checksheet_title(config), checksheet_content(config, how_.checklist, pages_), nullptr})) {
      return false;
    }
    put_site_file(files_, how_.cache, "sitemap.xml", sitemap_xml(config, outputs));
    return true;
  }

  // Nothing they show changed: the last build's extra pages stay as they are.
  bool keep_extra_pages(const std::vector<std::string>& outputs) {
    if (!how_.cache) return true;
    for (const char* path : {"404.html", "sitemap.xml"}) how_.cache->keep(path);
    for (const std::string& path : outputs) how_.cache->keep(path);  // print.html, index.html…
    return true;
  }

  // Every page's part, laid out now (print_parts_) or kept by the cache.
  std::vector<std::string_view> print_content() {
    std::vector<std::string_view> parts;
    for (const Page& page : pages_) {
      const std::string& part = print_parts_[page.index];
      parts.push_back(!part.empty() || !how_.cache ? part : how_.cache->pages[page.output].print_content);
    }
    return parts;
  }

  bool lay_out(const PageView& view) {
    auto html = theme_.render(view, error_);
    if (html) put_site_file(files_, how_.cache, view.output, std::move(*html));
    return html.has_value();
  }

  const SiteRendering& how_;
  std::vector<Page>& pages_;
  SiteFiles& files_;
  std::string* error_;
  ThemeRenderer theme_;
  std::vector<std::string> print_parts_;  ///< by page index: its part of print.html
  std::set<std::string> borrowed_;
  std::string key_;
};

}  // namespace

bool render_site(const SiteRendering& how, std::vector<Page>& pages, SiteFiles& files, std::string* error) {
  return SiteLayout(how, pages, files, error).run();
}

}  // namespace tebiki
