// `[@id]` and `[@id1; @id2]` in prose become links to Appendix C (citation_linker.h).
#include <cmark-gfm.h>

#include "citation_linker.h"
#include "rules/references.h"
#include "render.h"
#include "section_walk.h"
#include "transform.h"
#include "xrefs.h"

namespace tebiki {

ReferencesById references_by_id(References& references) {
  ReferencesById by_id;
  for (Reference& ref : references.entries) {
    by_id.emplace(ref.id, CitedReference{&ref, "<a class=\"cite\" title=\"" + escape_html(ref.title) + "\" href=\"",
                                         escape_html(ref.anchor), "\">" + escape_html(ref.label()) + "</a>"});
  }
  return by_id;
}

CitationLinker::CitationLinker(const ReferencesById& by_id, const std::string& references_output, Page& page,
                               Diagnostics& diagnostics)
    : by_id_(by_id), references_href_(escape_html(relative_href(page.output, references_output)) + "#"), page_(page),
      diagnostics_(diagnostics) {}

void CitationLinker::visit(cmark_node* node, std::size_t section, cmark_node* block) {
  if (cmark_node_get_type(node) != CMARK_NODE_TEXT) return;
  std::string_view literal = cmark_node_get_literal(node);
  if (literal.find('@') == std::string_view::npos) return;  // no citation can start
  std::vector<Citation> citations = find_citations(literal);
  std::vector<TextSpan> spans;
  for (const Citation& citation : citations) spans.push_back({citation.begin, citation.end});
  split_text_node(node, spans, [&](std::size_t i, cmark_node* html) { cite(html, citations[i].ids, section, block); });
}

void CitationLinker::cite(cmark_node* node, const std::vector<CitedId>& ids, std::size_t section, cmark_node* block) {
  std::string site = "<span class=\"citation\">［", print = site;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto found = by_id_.find(ids[i].id);
    if (found == by_id_.end()) {
      report_unknown(ids[i].id, block);
      continue;
    }
    const CitedReference& cited = found->second;
    if (section != kNoSection) uses_.push_back({cited.ref, {page_.index, section}});
    for (std::string* html : {&site, &print}) {
      if (i) *html += "、";
      *html += cited.open;
      if (html == &site) *html += references_href_;
      else *html += '#';
      *html += cited.anchor;
      *html += cited.close;
      if (!ids[i].locator.empty()) *html += ", " + escape_html(ids[i].locator);
    }
  }
  page_.variants.push_back({node, false, site + "］</span>", print + "］</span>"});
}

void CitationLinker::report_unknown(const std::string& id, cmark_node* block) {
  std::size_t from = page_.document->offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
  std::size_t at = page_.source->text().find("@" + id, from);
  std::size_t offset = at == std::string::npos ? from : at;
  diagnostics_.push_back({"references", Severity::Error, page_.source->path(), offset, offset + id.size() + 1,
                          unknown_citation_message(id), {}});
}

void record_citations(const std::vector<std::vector<CitationUse>>& uses) {
  for (const auto& page_uses : uses) {
    // Pages in order, sections ascending within each: an entry's citations come in book order,
    // and one cited again in a section is cited in the last one recorded.
    for (const auto& [ref, section] : page_uses) {
      if (ref->cited_in.empty() || ref->cited_in.back() != section) ref->cited_in.push_back(section);
    }
  }
}

}  // namespace tebiki
