#include "checksheet_page.h"

#include <nlohmann/json.hpp>

#include "render.h"

namespace tebiki {
namespace {

// "chapter2.md#導入企画" → "chapter2.html#導入企画" when that page and anchor exist.
std::string section_href(const std::string& section, const std::vector<Page>& pages) {
  std::size_t hash = section.find('#');
  std::string path = section.substr(0, hash), anchor = hash == std::string::npos ? "" : section.substr(hash + 1);
  for (const Page& page : pages) {
    if (page.entry.path != path) continue;
    if (anchor.empty()) return page.output;
    return page.has_anchor(anchor) ? page.output + "#" + anchor : std::string{};
  }
  return {};
}

nlohmann::json sheet_data(const BookConfig& config, const Checklist& checklist) {
  nlohmann::json phases = nlohmann::json::array(), items = nlohmann::json::array();
  for (const ChecklistPhase& phase : checklist.phases) phases.push_back({{"id", phase.id}, {"title", phase.title}});
  for (const ChecklistItem& item : checklist.items) {
    items.push_back({{"id", item.id}, {"phase", item.phase}, {"question", item.question}, {"why", item.why},
                     {"weight", item.weight}});
  }
  return {{"storageKey", "tebiki-checksheet:" + config.title}, {"title", config.title},
          {"phases", phases}, {"items", items}};
}

constexpr const char* kIntro = R"(<p>本書のチェック項目を、事業者の提案を比べるための採点表にしたものである。項目ごとに自社にとっての重みを選び、比較する事業者（最大5社）ごとに評価を選ぶと、フェーズごとと全体の合計が計算される。入力はこのブラウザ（localStorage）にだけ保存され、どこにも送信されない。</p>
<dl class="checksheet-legend">
<dt>重み</dt><dd>3＝必須、2＝重要、1＝あるとよい、0＝対象外（合計に入れない）。初期値は本書の推奨値。</dd>
<dt>評価</dt><dd>○（満たす）＝2点、△（一部満たす）＝1点、×（満たさない）＝0点。空欄（未評価）は0点として数える。</dd>
<dt>合計</dt><dd>重み×点数の和。満点は重み×2の和で、割合は合計÷満点。</dd>
</dl>
<p>「CSVで保存」は表計算ソフト（Excel など）でそのまま開ける形式（UTF-8、BOM付き）で保存する。CSVの評価欄は点数（2、1、0、未評価は空欄）である。</p>
<noscript><p class="checksheet-noscript">採点にはJavaScriptが必要である。項目の一覧は各フェーズの節の表を参照。</p></noscript>
)";

}  // namespace

std::string checksheet_title(const BookConfig& config) {
  return config.language.starts_with("ja") ? "チェックシート" : "Check sheet";
}

std::string script_safe_json(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

std::string checksheet_content(const BookConfig& config, const Checklist& checklist, const std::vector<Page>& pages) {
  std::string html = "<link rel=\"stylesheet\" href=\"assets/tebiki-checksheet.css\" />\n<h1 id=\"checksheet\">" + escape_html(checksheet_title(config)) + "</h1>\n" + kIntro;
  html += "<div class=\"checksheet-controls\" id=\"checksheet-controls\"></div>\n";
  for (const ChecklistPhase& phase : checklist.phases) {
    html += "<section class=\"checksheet-phase\" data-phase=\"" + escape_html(phase.id) + "\">\n<h2 id=\"phase-" +
            escape_html(phase.id) + "\">" + escape_html(phase.title) + "</h2>\n";
    std::string href = section_href(phase.section, pages);
    if (!href.empty()) html += "<p class=\"checksheet-source\"><a href=\"" + escape_html(href) + "\">本文の説明</a></p>\n";
    html += "<div class=\"checksheet-table\"></div>\n</section>\n";
  }
  html += "<section class=\"checksheet-summary\">\n<h2 id=\"checksheet-summary\">合計</h2>\n<div class=\"checksheet-table\"></div>\n</section>\n";
  html += "<script type=\"application/json\" id=\"checksheet-data\">" +
          script_safe_json(sheet_data(config, checklist).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) +
          "</script>\n";
  return html + "<script src=\"assets/tebiki-checksheet.js\"></script>\n";
}

}  // namespace tebiki
