#include "terms.h"

namespace tebiki {

std::string term_message(const std::string& matched, const std::string& replacement,
                         const std::string& note) {
  std::string message = "「" + matched + "」は";
  message += replacement.empty() ? "削除する" : "「" + replacement + "」と書く";
  if (!note.empty()) message += "（" + note + "）";
  return message;
}

TermsRule::TermsRule(std::string id, Severity severity, PrhDictionary dictionary)
    : id_(std::move(id)),
      severity_(severity),
      dictionary_(std::move(dictionary)),
      matcher_(dictionary_.rules, kLintTimeLimit) {}

void TermsRule::check_file(const LintedFile& file, Diagnostics& out) const {
  MatchSession session(matcher_);  // ICU matchers are per thread: one set per file
  for (const TextRun& run : file.runs) check_run(file, run, session, out);
}

void TermsRule::check_run(const LintedFile& file, const TextRun& run, MatchSession& session,
                          Diagnostics& out) const {
  Utf16Text text = to_utf16(run.text);
  std::size_t timeouts_before = session.timeouts().size();
  for (const TermMatch& match : session.find(text.text)) {
    const PrhRule& rule = dictionary_.rules[match.rule];
    std::size_t begin = text.byte_offsets[match.begin], end = text.byte_offsets[match.end];
    out.push_back(make_diagnostic(file, run, begin, end, id_, severity_,
                                  term_message(match.matched, match.replacement, rule.note),
                                  match.replacement));
  }
  report_timeouts(file, run, text, session.timeouts(), timeouts_before, out);
}

void TermsRule::report_timeouts(const LintedFile& file, const TextRun& run, const Utf16Text& text,
                                const std::vector<MatchTimeout>& timeouts, std::size_t from,
                                Diagnostics& out) const {
  for (std::size_t i = from; i < timeouts.size(); ++i) {
    const PrhRule& rule = dictionary_.rules[timeouts[i].rule];
    // Reported where the paragraph starts: the rule stops there for the whole file.
    std::size_t first_char_end = text.byte_offsets[text.text.moveIndex32(0, 1)];
    std::string where = rule.path + ":" + std::to_string(rule.where.line);
    Diagnostic timeout = make_diagnostic(file, run, 0, first_char_end, id_, Severity::Error,
                                         "辞書の規則「" + rule.expected + "」（" + where +
                                             "）の正規表現が時間制限を超えたため、"
                                             "このファイルではこの規則を照合しない",
                                         std::nullopt);
    timeout.unusable_input = true;
    out.push_back(std::move(timeout));
  }
}

std::unique_ptr<Rule> make_terms_rule(const LintConfig& config, std::vector<SourceError>* errors) {
  if (config.dictionaries.empty()) return nullptr;
  DictionaryOptions options{config.strict_dictionaries};
  auto dictionary = load_prh_dictionaries(config.dictionaries, options, errors);
  if (!dictionary) return nullptr;
  return std::make_unique<TermsRule>("terms", config.severity("terms", Severity::Error),
                                     std::move(*dictionary));
}

}  // namespace tebiki
