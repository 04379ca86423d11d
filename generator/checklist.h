// Check items (checklist.yml): loaded and checked, and shown as tables where a chapter has a
// fenced block ```checklist with a phase id. Needs load_pages; runs before rendering.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "book_config.h"
#include "page.h"

namespace tebiki {

struct ChecklistPhase {
  std::string id;
  std::string title;
  std::string section;  ///< link target in the book, e.g. "chapter2.md#導入企画"
};

struct ChecklistItem {
  std::string id;        ///< "P-01"
  std::string phase;
  std::string question;
  std::string why;
  int weight = 1;        ///< default weight 1–3
};

struct Checklist {
  std::vector<ChecklistPhase> phases;
  std::vector<ChecklistItem> items;
};

/// Loads checklist.yml: unknown phases, duplicate ids and weights outside 1–3 are located errors.
std::optional<Checklist> load_checklist(const BookConfig& config, std::vector<SourceError>* errors);

/// Replaces each ```checklist block with the table of its phase; an unknown phase is a finding.
void render_checklist_blocks(const Checklist& checklist, Page& page, Diagnostics& diagnostics);

}  // namespace tebiki
