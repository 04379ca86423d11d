#include "render_site.h"

#include "checksheet_page.h"
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
        key_(layout_key(pages)) {}

  bool run() {
    if (how_.only_sources) return run_quick();
    bool has_front = false, book_changed = false;
    bool layout_changed = !how_.cache || how_.cache->layout_key != key_;
    for (Page& page : pages_) {
      has_front |= page.output == "index.html";
      if (reuse(page)) continue;
      book_changed = true;
      if (!lay_out({page.output, page_kind(page), page.numbered_title(), render_content(how_.config, page, Variant::Site), &page})) return false;
      remember(page);
    }
    if (how_.cache) how_.cache->layout_key = key_;
    return lay_out_extra_pages(has_front, book_changed, layout_changed);
  }

 private:
  // The edited pages alone; a heading change (another layout key) needs the whole site.
  bool run_quick() {
    if (!how_.cache || key_ != how_.cache->layout_key) return true;
    for (Page& page : pages_) {
      // The stand-ins use no terms and cite nothing: the pages listing uses wait for the full build.
      if (!how_.only_sources->count(page.entry.path) || how_.whole_book_pages.count(page.output)) continue;
      if (!lay_out({page.output, page_kind(page), page.numbered_title(), render_content(how_.config, page, Variant::Site), &page})) return false;
    }
    return true;
  }

  bool reuse(const Page& page) const {
    return how_.cache && !how_.whole_book_pages.count(page.output) && how_.cache->reusable(page, key_);
  }

  void remember(Page& page) {
    if (!how_.cache) return;
    BuildCache::CachedPage& cached = how_.cache->pages[page.output];
    cached.rendered_source = page.source->text();
    cached.print_content = page_print_content(how_.config, page);
    how_.cache->stand_ins[page.entry.path] = stand_in_source(page);
  }

  // print.html shows every page; the others show only the layout (titles, the sidebar).
  bool lay_out_extra_pages(bool has_front, bool book_changed, bool layout_changed) {
    const BookConfig& config = how_.config;
    std::vector<std::string> outputs;
    for (const Page& page : pages_) outputs.push_back(page.output);
    if (!has_front) outputs.insert(outputs.begin(), "index.html");
    outputs.push_back("print.html");
    if ((book_changed || layout_changed) && !lay_out({"print.html", "print", config.title, print_content(), nullptr})) return false;
    if (!layout_changed) return true;
    if (!has_front && !lay_out({"index.html", "front", config.title, contents_listing(pages_), nullptr})) return false;
    if (!lay_out({"404.html", "404", theme_words(config.language).not_found, not_found_content(config), nullptr})) return false;
    bool has_sheet = !config.checklist.empty();  // as ThemeRenderer decides the sheet's links
    if (has_sheet &&
        !lay_out({kChecksheetPath, "checksheet", checksheet_title(config), checksheet_content(config, how_.checklist, pages_), nullptr})) {
      return false;
    }
    if (has_sheet) outputs.push_back(kChecksheetPath);
    put_site_file(files_, how_.cache, "sitemap.xml", sitemap_xml(config, outputs));
    return true;
  }

  std::string print_content() {
    if (!how_.cache) return tebiki::print_content(how_.config, pages_);
    std::string html;
    for (const Page& page : pages_) html += how_.cache->pages[page.output].print_content;
    return html;
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
  std::string key_;
};

}  // namespace

bool render_site(const SiteRendering& how, std::vector<Page>& pages, SiteFiles& files, std::string* error) {
  return SiteLayout(how, pages, files, error).run();
}

}  // namespace tebiki
