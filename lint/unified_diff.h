// A unified diff of two versions of a file, as `diff -u` and `git diff` print it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tebiki {

/// `--- a/path`, `+++ b/path`, then `@@ -l,n +l,n @@` hunks with `context` lines around each
/// change. Lines keep their endings, so a changed CR shows; a last line without a newline is
/// followed by `\ No newline at end of file`. Empty when the texts are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         std::size_t context = 3);

}  // namespace tebiki
