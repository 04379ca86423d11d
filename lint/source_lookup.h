// How output formats find a diagnostic's source file to turn byte offsets into line:column.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "diagnostic.h"
#include "source.h"

namespace tebiki {

/// Finds the source of a diagnostic's file by its path; nullptr when it is not known.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

/// Builds a lookup over files the caller keeps alive for as long as the lookup is used.
SourceLookup lookup_in(std::span<const SourceFile> files);

/// A lookup that asks `known` first and otherwise reads the file from disk, once: findings may
/// point into files that were not linted (an unused entry of glossary.yml). Not thread-safe.
SourceLookup with_files_from_disk(SourceLookup known);

/// Both ends of a diagnostic as line and code-point column. `end` is one past the range,
/// as SARIF's endColumn. An unknown file gives 1:1 for both.
struct DiagnosticSpan {
  Position begin;
  Position end;
};

DiagnosticSpan locate(const Diagnostic& diagnostic, const SourceLookup& lookup);

}  // namespace tebiki
