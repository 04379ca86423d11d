#include "long_vowel_words.h"

#include <algorithm>

#include "source.h"

namespace tebiki {
namespace {

// FIXME: the list covers the usual words of IT and security writing; a book with other
// vocabulary extends it through LintConfig::long_vowel_keep or a terms dictionary.
// clang-format off
constexpr std::string_view kShortened[] = {
    "アクセラレータ", "アグリゲータ", "アクチュエータ", "アセンブラ", "アダプタ", "アップローダ",
    "アドミニストレータ", "アナライザ", "イコライザ", "インジケータ", "インストーラ", "インタプリタ",
    "インテグレータ", "インバータ", "エクスプローラ", "エディタ", "エミュレータ", "エレベータ",
    "エンコーダ", "オーガナイザ", "オーケストレータ", "オーダ", "オーナ", "オブザーバ",
    "オペレータ", "カウンタ", "カスタマ", "カレンダ", "キャラクタ", "クラスタ",
    "クリエイタ", "クリエータ", "コーディネータ", "コネクタ", "コンシューマ", "コンテナ",
    "コントリビュータ", "コントローラ", "コンバータ", "コンパイラ", "コンピュータ", "サーバ",
    "サブスクライバ", "ジェネレータ", "シミュレータ", "シリンダ", "スキャナ", "スケジューラ",
    "スピーカ", "スーパバイザ", "スライダ", "セレクタ", "センサ", "センタ",
    "ダイレクタ", "ダウンローダ", "タイマ", "チューナ", "ディスパッチャ", "ディレクタ",
    "デコーダ", "デバッガ", "トランスミッタ", "トリガ", "ドライバ", "ハイパーバイザ",
    "バインダ", "バッファ", "パートナ", "パブリッシャ", "パラメータ", "バランサ",
    "ハンドラ", "ヒータ", "ビューア", "ファインダ", "ファシリテータ", "フィーダ",
    "フィルタ", "フォーマッタ", "フォルダ", "フォロワ", "フッタ", "ブラウザ",
    "プリンタ", "プレイヤ", "プレーヤ", "プロジェクタ", "プログラマ", "プロセッサ",
    "プロバイダ", "ヘッダ", "ヘルパ", "ベンダ", "ボーダ", "ポインタ",
    "ホルダ", "マーカ", "マスタ", "マネージャ", "メータ", "メーカ",
    "メンバ", "モータ", "モデレータ", "モニタ", "ユーザ", "ライタ",
    "リーダ", "リスナ", "ルータ", "レイヤ",
};
// clang-format on

// Common loanwords of three or more sounds, known only so that compounds split at them.
// clang-format off
constexpr std::string_view kOtherParts[] = {
    "アカウント", "アクセス", "アドレス", "アプリケーション", "イベント", "インシデント",
    "インタフェース", "インターフェース", "インターネット", "ウイルス", "ウィルス", "エンジン",
    "オブジェクト", "クライアント", "クラウド", "グループ", "コード", "コマンド",
    "コンテンツ", "サイト", "サービス", "システム", "スクリプト", "ストレージ",
    "セキュリティ", "セッション", "ソフトウェア", "ソリューション", "タスク", "データ",
    "データベース", "ツール", "ネットワーク", "ハードウェア", "パスワード", "ファイル",
    "プログラム", "プロセス", "プロトコル", "ベース", "ポート", "ポリシー",
    "メール", "モジュール", "ライセンス", "リソース", "ルール", "レポート",
};
// clang-format on

char32_t first_code_point(std::string_view word) {
  std::size_t length = 0;
  return word.empty() ? 0 : decode_utf8(word, 0, &length);
}

std::size_t next_code_point(std::string_view word, std::size_t at) {
  std::size_t length = 0;
  decode_utf8(word, at, &length);
  return at + length;
}

}  // namespace

std::span<const std::string_view> jis_shortened_words() {
  return kShortened;
}

CompoundSplitter::CompoundSplitter(const std::vector<std::string>& extra) {
  for (std::string_view word : kShortened) {
    add(std::string(word));
    add(std::string(word) + "ー");
  }
  for (std::string_view word : kOtherParts) add(std::string(word));
  for (const std::string& word : extra) add(word);
  for (auto& [first, words] : by_first_) {
    std::sort(words.begin(), words.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
}

void CompoundSplitter::add(std::string word) {
  if (word.empty()) return;
  by_first_[first_code_point(word)].push_back(std::move(word));
}

bool CompoundSplitter::known_at(std::string_view word, std::size_t at) const {
  auto it = by_first_.find(first_code_point(word.substr(at)));
  if (it == by_first_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& known) {
    return word.compare(at, known.size(), known) == 0 && is_mora_boundary(word, at + known.size());
  });
}

std::size_t CompoundSplitter::known_part_end(std::string_view word, std::size_t at) const {
  auto it = by_first_.find(first_code_point(word.substr(at)));
  if (it == by_first_.end()) return 0;
  for (const std::string& known : it->second) {
    if (word.compare(at, known.size(), known) != 0) continue;
    std::size_t end = at + known.size();
    if (end == word.size()) return end;
    if (!is_mora_boundary(word, end)) continue;
    if (known.ends_with("ー") || known_at(word, end)) return end;
  }
  return 0;
}

std::vector<TextSpan> CompoundSplitter::split(std::string_view word) const {
  std::vector<std::size_t> cuts = {0};
  for (std::size_t at = 0; at < word.size();) {
    std::size_t end = is_mora_boundary(word, at) ? known_part_end(word, at) : 0;
    if (end == 0) {
      at = next_code_point(word, at);
      continue;
    }
    if (at != cuts.back()) cuts.push_back(at);
    if (end < word.size()) cuts.push_back(end);
    at = end;
  }
  std::vector<TextSpan> parts;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    parts.push_back({cuts[i], i + 1 < cuts.size() ? cuts[i + 1] : word.size()});
  }
  return parts;
}

}  // namespace tebiki
