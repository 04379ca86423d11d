// `[@id]` and `[@id1; @id2]` in prose become links to Appendix C.
#include <cmark-gfm.h>

#include "citation_syntax.h"
#include "references.h"
#include "rules/references.h"
#include "render.h"
#include "section_walk.h"
#include "transform.h"
#include "xrefs.h"

namespace tebiki {
namespace {

class CitationLinker {
 public:
  CitationLinker(References& references, Diagnostics& diagnostics)
      : references_(references), diagnostics_(diagnostics) {}

  void link_page(Page& page) {
    page_ = &page;
    cmark_consolidate_text_nodes(page.document->root());
    walk_sections(page, [&](cmark_node* node, std::size_t section, cmark_node* block) {
      if (cmark_node_get_type(node) == CMARK_NODE_TEXT) text(node, section, block);
    });
  }

 private:
  void text(cmark_node* node, std::size_t section, cmark_node* block) {
    std::string literal = cmark_node_get_literal(node);
    std::vector<Citation> citations = find_citations(literal);
    std::vector<TextSpan> spans;
    for (const Citation& citation : citations) spans.push_back({citation.begin, citation.end});
    split_text_node(node, spans, [&](std::size_t i, cmark_node* html) { cite(html, citations[i].ids, section, block); });
  }

  void cite(cmark_node* node, const std::vector<CitedId>& ids, std::size_t section, cmark_node* block) {
    std::string site = "<span class=\"citation\">［", print = site;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      Reference* ref = find(ids[i].id);
      if (!ref) {
        report_unknown(ids[i].id, block);
        continue;
      }
      if (section != kNoSection) ref->cited_in.insert({page_->index, section});
      std::string open = std::string(i ? "、" : "") + "<a class=\"cite\" title=\"" + escape_html(ref->title) + "\" href=\"";
      std::string close = "\">" + escape_html(ref->label()) + "</a>";
      site += open + escape_html(relative_href(page_->output, references_.page_output) + "#" + ref->anchor) + close;
      print += open + "#" + escape_html(ref->anchor) + close;
    }
    page_->variants.push_back({node, false, site + "］</span>", print + "］</span>"});
  }

  Reference* find(const std::string& id) {
    for (Reference& ref : references_.entries) {
      if (ref.id == id) return &ref;
    }
    return nullptr;
  }

  void report_unknown(const std::string& id, cmark_node* block) {
    std::size_t from = page_->document->offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
    std::size_t at = page_->source->text().find("@" + id, from);
    std::size_t offset = at == std::string::npos ? from : at;
    diagnostics_.push_back({"references", Severity::Error, page_->source->path(), offset, offset + id.size() + 1,
                            unknown_citation_message(id), {}});
  }

  References& references_;
  Diagnostics& diagnostics_;
  Page* page_ = nullptr;
};

}  // namespace

void link_citations(References& references, std::vector<Page>& pages, Diagnostics& diagnostics) {
  CitationLinker linker(references, diagnostics);
  for (Page& page : pages) linker.link_page(page);
}

}  // namespace tebiki
