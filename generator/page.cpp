#include "page.h"

#include "linter.h"

namespace tebiki {

std::string Page::numbered_title() const {
  if (!headings.empty() && headings.front().level == 1) return headings.front().numbered_title();
  return number.empty() ? title : number + " " + title;
}

const Heading* Page::find_heading(const std::string& id) const {
  for (const Heading& heading : headings) {
    if (heading.id == id) return &heading;
  }
  return nullptr;
}

bool Page::has_anchor(const std::string& id) const { return find_heading(id) != nullptr; }

void Page::release_tree() {
  variants.clear();
  for (Heading& heading : headings) heading.node = nullptr;
  document.reset();
}

void for_each_page(std::vector<Page>& pages, Diagnostics& diagnostics,
                   const std::function<void(Page&, Diagnostics&)>& pass) {
  std::vector<Diagnostics> found(pages.size());
  parallel_for(pages.size(), [&](std::size_t i) { pass(pages[i], found[i]); });
  for (Diagnostics& page_found : found) {
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(page_found.begin()),
                       std::make_move_iterator(page_found.end()));
  }
}

}  // namespace tebiki
