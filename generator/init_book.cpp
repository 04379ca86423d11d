#include "init_book.h"

#include <fstream>
#include <map>

namespace tebiki {
namespace fs = std::filesystem;
namespace {

const std::map<std::string, std::string>& starter_files() {
  static const std::map<std::string, std::string> files = {
      {"tebiki.yml",
       "# The book: title, pages in reading order, data files and lint settings.\n"
       "title: 新しい手引き\n"
       "base_url: https://example.jp/guide/\n"
       "language: ja\n"
       "front: index.md\n"
       "chapters:\n"
       "  - chapter1.md\n"
       "appendices:\n"
       "  - glossary.md\n"
       "  - references.md\n"
       "glossary: glossary.yml\n"
       "references: references.yml\n"
       "lint:\n"
       "  dictionaries:\n"
       "    - terms.yml\n"
       "  long_vowel: jis\n"},
      {"index.md",
       "# 新しい手引き\n\n"
       "## この手引きについて\n\n"
       "この手引きは、tebiki で作る文書のひな形である。"
       "本文は[](chapter1.md)から始まる。\n"},
      {"chapter1.md",
       "# はじめに\n\n"
       "## 目的\n\n"
       "この章では、手引きの目的を述べる。"
       "用語は付録の用語説明にまとめ、サーバの監視のような具体例を挙げる。\n\n"
       "## 参考文献\n\n"
       "規格は本文から引用する[@example-standard]。\n"},
      {"glossary.md", "# 用語説明\n\n本文で用いる用語を読みの順に並べる。\n"},
      {"glossary.yml",
       "- term: サーバ\n"
       "  reading: さーば\n"
       "  en: server\n"
       "  aliases: [サーバー]\n"
       "  description: |-\n"
       "    ネットワークを通じて他のコンピュータにサービスを提供するコンピュータ。\n"},
      {"references.md", "# リファレンス\n\n本文で引用する規格と文書を発行元ごとに並べる。\n"},
      {"references.yml",
       "- id: example-standard\n"
       "  body: JIS\n"
       "  number: Z 8301:2008\n"
       "  title: 規格票の様式及び作成方法\n"
       "  year: 2008\n"},
      {"terms.yml",
       "# The agreed terminology (prh format). Each rule carries specs that are checked on load.\n"
       "version: 1\n"
       "rules:\n"
       "  - expected: サーバ\n"
       "    pattern: サーバー\n"
       "    specs:\n"
       "      - from: サーバーを再起動する\n"
       "        to: サーバを再起動する\n"},
  };
  return files;
}

}  // namespace

std::optional<std::string> init_book(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    return dir.string() + " exists and is not an empty folder";
  }
  fs::create_directories(dir, ec);
  if (ec) return "cannot create " + dir.string() + ": " + ec.message();
  for (const auto& [name, text] : starter_files()) {
    std::ofstream out(dir / name, std::ios::binary);
    out << text;
    if (!out) return "cannot write " + (dir / name).string();
  }
  return std::nullopt;
}

}  // namespace tebiki
