// Appendix B's entries, appended to the glossary page. Needs load_glossary and
// number_headings; the 「使用箇所」 back-links are filled by fill_glossary_back_links after
// link_citations_and_terms has recorded where each term is used.
#pragma once

#include <vector>

#include "back_links.h"
#include "glossary.h"
#include "page.h"

namespace tebiki {

/// Where each entry's generated parts sit in the glossary page's tree.
struct GlossaryLayout {
  std::vector<cmark_node*> description_begin;  ///< per entry (same order as entries)
  std::vector<cmark_node*> description_end;    ///< one past the last description node
  std::vector<cmark_node*> used_in;            ///< placeholder nodes for back-links
};

/// Appends the jump bar, the group headings and every entry to the glossary page.
GlossaryLayout append_glossary_entries(const Glossary& glossary, Page& page);

/// Fills the 「使用箇所」 placeholders with links to the sections that use each term
/// (`sections`: made for the glossary page's folder).
void fill_glossary_back_links(const Glossary& glossary, const GlossaryLayout& layout, const SectionLinks& sections,
                              Page& glossary_page);

/// Where the tooltips' texts are written in the site.
inline constexpr const char* kGlossaryTipsPath = "glossary-tips.js";

/// Sets each entry's tip: the plain text of its rendered description, without 関連.
/// Needs xrefs (empty link texts filled).
void fill_glossary_tips(Glossary& glossary, const GlossaryLayout& layout);

/// glossary-tips.js: `window.TEBIKI_TIPS = {anchor: tip, …};`. A term link carries only its
/// href (glossary.html#term-…); the theme (assets/tebiki.js) loads this script once and shows
/// the tip of the link's anchor, so no page repeats a description.
std::string glossary_tips_script(const Glossary& glossary);

}  // namespace tebiki
