// GitHub-compatible heading anchors.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tebiki {

/// The anchor GitHub gives a heading: lower-cased ASCII, punctuation and symbols removed
/// (letters, marks, digits, '-', '_' and spaces kept; Japanese kept as is), spaces to '-'.
std::string github_slug(std::string_view heading_text);

/// Hands out unique anchors in one page: the first "x", then "x-1", "x-2", as GitHub does.
class SlugRegistry {
 public:
  std::string unique(const std::string& slug);
  /// Reserves an id given explicitly ({#custom}); false when already taken.
  bool reserve(const std::string& id);

 private:
  std::map<std::string, int> used_;
};

/// Splits a trailing "{#custom-id}" from heading text; returns the id or empty.
std::string take_custom_id(std::string& heading_text);

}  // namespace tebiki
