#include "prose_links.h"

#include <cmark-gfm.h>

#include <optional>

#include "citation_linker.h"
#include "glossary_links.h"
#include "linter.h"
#include "section_walk.h"

namespace tebiki {
namespace {

/// One page's part of the pass.
struct PageLinks {
  Diagnostics citation_findings, term_findings;
  std::vector<CitationUse> citations;
  std::vector<TermUse> terms;
};

// The citations of a node first; then the terms of what they leave in its place (the node
// itself, or the text around the citations' links).
void visit_node(CitationLinker& citations, TermLinker* terms, cmark_node* node, std::size_t section,
                cmark_node* block) {
  if (!terms) return citations.visit(node, section, block);
  cmark_node* before = cmark_node_previous(node);
  cmark_node* after = cmark_node_next(node);
  cmark_node* parent = cmark_node_parent(node);
  citations.visit(node, section, block);
  for (cmark_node* piece = before ? cmark_node_next(before) : cmark_node_first_child(parent); piece != after;) {
    cmark_node* next = cmark_node_next(piece);
    terms->visit(piece, section, block);
    piece = next;
  }
}

PageLinks link_page(const ReferencesById& by_id, const References& references, const Glossary* glossary,
                    const LinkTerms* terms, Page& page) {
  PageLinks links;
  CitationLinker citations(by_id, references.page_output, page, links.citation_findings);
  std::optional<TermLinker> term_linker;
  bool own_page = glossary && (page.output == glossary->page_output || page.output == references.page_output);
  if (terms && !own_page) term_linker.emplace(*glossary, *terms, page, links.term_findings);
  TermLinker* linker = term_linker ? &*term_linker : nullptr;
  walk_sections(page, [&](cmark_node* node, std::size_t section, cmark_node* block) {
    visit_node(citations, linker, node, section, block);
  });
  links.citations = citations.uses();
  if (linker) links.terms = linker->uses();
  return links;
}

void append(Diagnostics& to, Diagnostics& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

void link_citations_and_terms(References& references, Glossary* glossary, const std::set<std::string>& no_link,
                              std::vector<Page>& pages, Diagnostics& diagnostics) {
  ReferencesById by_id = references_by_id(references);
  std::optional<LinkTerms> terms;
  if (glossary && !glossary->entries.empty()) terms = link_terms(*glossary, no_link);
  std::vector<PageLinks> links(pages.size());
  parallel_for(pages.size(), [&](std::size_t i) {
    links[i] = link_page(by_id, references, glossary, terms ? &*terms : nullptr, pages[i]);
  });
  std::vector<std::vector<CitationUse>> citations;
  std::vector<std::vector<TermUse>> uses;
  for (PageLinks& page : links) append(diagnostics, page.citation_findings);
  for (PageLinks& page : links) append(diagnostics, page.term_findings);
  for (PageLinks& page : links) citations.push_back(std::move(page.citations)), uses.push_back(std::move(page.terms));
  record_citations(citations);
  if (terms) record_term_uses(*glossary, uses);
}

}  // namespace tebiki
