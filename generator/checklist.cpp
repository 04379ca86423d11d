#include "checklist.h"

#include <cmark-gfm.h>

#include <set>

#include "checksheet_page.h"
#include "render.h"
#include "transform.h"
#include "xrefs.h"
#include "yaml_error.h"
#include "yaml_keys.h"

namespace tebiki {
namespace {

const std::vector<std::string> kChecklistKeys = {"phases", "items"};
const std::vector<std::string> kPhaseKeys = {"id", "title", "section"};
const std::vector<std::string> kItemKeys = {"id", "phase", "question", "why", "weight"};

std::string field(const YAML::Node& node, const char* key) {
  if (!node.IsMap()) return {};  // yaml-cpp throws on a key of a scalar: `phases: [plan]`
  YAML::Node value = node[key];
  return value && value.IsScalar() ? value.Scalar() : std::string{};
}

void read_phases(const YamlFile& file, Checklist& checklist, std::vector<SourceError>* errors) {
  for (const auto& node : file.root["phases"]) {
    check_keys(file, node, kPhaseKeys, "a phase", errors);
    ChecklistPhase phase{field(node, "id"), field(node, "title"), field(node, "section")};
    if (phase.id.empty() || phase.title.empty()) errors->push_back(file.error(node.Mark(), "a phase needs 'id' and 'title'"));
    checklist.phases.push_back(phase);
  }
}

void read_items(const YamlFile& file, Checklist& checklist, std::vector<SourceError>* errors) {
  std::set<std::string> phases, ids;
  for (const auto& phase : checklist.phases) phases.insert(phase.id);
  for (const auto& node : file.root["items"]) {
    check_keys(file, node, kItemKeys, "a check item", errors);
    ChecklistItem item{field(node, "id"), field(node, "phase"), field(node, "question"), field(node, "why"), 0};
    std::string weight = field(node, "weight");
    item.weight = weight.size() == 1 && weight[0] >= '1' && weight[0] <= '3' ? weight[0] - '0' : 0;
    if (item.id.empty() || item.question.empty()) errors->push_back(file.error(node.Mark(), "a check item needs 'id' and 'question'"));
    else if (!ids.insert(item.id).second) errors->push_back(file.error(node.Mark(), "check item '" + item.id + "' is defined twice"));
    else if (!phases.count(item.phase)) errors->push_back(file.error(node.Mark(), "check item '" + item.id + "' has an unknown phase '" + item.phase + "'"));
    else if (item.weight == 0) errors->push_back(file.error(node["weight"] ? node["weight"].Mark() : node.Mark(), "weight of '" + item.id + "' must be 1, 2 or 3"));
    checklist.items.push_back(item);
  }
}

std::string table_html(const Checklist& checklist, const std::string& phase, const std::string& sheet_href) {
  std::string html = "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"checklist\" data-phase=\"" + escape_html(phase) +
                     "\">\n<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">確認項目</th><th scope=\"col\">理由</th>"
                     "<th scope=\"col\">重み</th></tr></thead>\n<tbody>\n";
  for (const ChecklistItem& item : checklist.items) {
    if (item.phase != phase) continue;
    html += "<tr id=\"check-" + escape_html(item.id) + "\"><td>" + escape_html(item.id) + "</td><td>" +
            escape_html(item.question) + "</td><td>" + escape_html(item.why) + "</td><td>" +
            std::to_string(item.weight) + "</td></tr>\n";
  }
  return html + "</tbody>\n</table></div>\n<p class=\"checklist-sheet\"><a href=\"" + escape_html(sheet_href) +
         "\">チェックシートで事業者を採点する</a></p>\n";
}

}  // namespace

std::optional<Checklist> load_checklist(const BookConfig& config, std::vector<SourceError>* errors) {
  Checklist checklist;
  if (config.checklist.empty()) return checklist;
  std::string path = (config.source_dir / config.checklist).lexically_normal().string();
  SourceError error;
  auto file = read_yaml_file(path, &error);
  if (!file) return errors->push_back(error), std::nullopt;
  const YAML::Node& root = file->root;
  // root is const: a missing key gives an invalid node, whose IsSequence() throws; test it first.
  auto is_list = [&](const char* key) { return root[key] && root[key].IsSequence(); };
  if (!root.IsMap() || !is_list("phases") || !is_list("items")) {
    errors->push_back(file->error(root.Mark(), "checklist must be a mapping with 'phases' and 'items' lists"));
    return std::nullopt;
  }
  std::size_t before = errors->size();
  check_keys(*file, root, kChecklistKeys, "the checklist", errors);
  read_phases(*file, checklist, errors);
  read_items(*file, checklist, errors);
  if (errors->size() > before) return std::nullopt;
  return checklist;
}

void render_checklist_blocks(const Checklist& checklist, Page& page, Diagnostics& diagnostics) {
  for (cmark_node* node = cmark_node_first_child(page.document->root()); node;) {
    cmark_node* next = cmark_node_next(node);
    const char* info = cmark_node_get_fence_info(node);
    if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK && info && std::string_view(info) == "checklist") {
      std::string phase = cmark_node_get_literal(node);
      while (!phase.empty() && (phase.back() == '\n' || phase.back() == ' ')) phase.pop_back();
      bool known = false;
      for (const auto& p : checklist.phases) known |= p.id == phase;
      if (!known) {
        std::size_t offset = page.document->offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
        diagnostics.push_back({"checklist", Severity::Error, page.source->path(), offset, offset + 1,
                               "unknown checklist phase '" + phase + "'", {}});
      } else {
        std::string sheet = relative_href(page.output, std::string(kChecksheetPath) + "#phase-" + phase);
        replace_with_html(node, table_html(checklist, phase, sheet));
      }
    }
    node = next;
  }
}

}  // namespace tebiki
