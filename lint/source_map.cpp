#include "source_map.h"

#include <algorithm>

namespace tebiki {

void SourceMap::append_copied(std::size_t source, std::size_t length) {
  if (length == 0) return;
  bool continues =
      !segments_.empty() && segments_.back().copied && source_of(segments_.back(), size_) == source;
  if (!continues) segments_.push_back(Segment{size_, source, true});
  size_ += length;
}

void SourceMap::append_standing_for(std::size_t source, std::size_t length) {
  if (length == 0) return;
  if (length == 1) return append_copied(source, 1);  // one byte: the same either way
  segments_.push_back(Segment{size_, source, false});
  size_ += length;
}

void SourceMap::truncate(std::size_t length) {
  if (length >= size_) return;
  while (!segments_.empty() && segments_.back().text >= length) segments_.pop_back();
  size_ = length;
}

std::size_t SourceMap::segment_of(std::size_t i) const {
  auto after = std::upper_bound(segments_.begin(), segments_.end(), i,
                                [](std::size_t at, const Segment& s) { return at < s.text; });
  return static_cast<std::size_t>(after - segments_.begin()) - 1;
}

std::size_t SourceMap::operator[](std::size_t i) const {
  return source_of(segments_[segment_of(i)], i);
}

bool SourceMap::consecutive(std::size_t begin, std::size_t end) const {
  if (begin >= end) return true;
  std::size_t from = (*this)[begin];
  for (std::size_t s = segment_of(begin), at = begin; at < end; at = segment_end(s++)) {
    const Segment& segment = segments_[s];
    if (source_of(segment, at) != from + (at - begin)) return false;
    if (!segment.copied && std::min(end, segment_end(s)) - at > 1) return false;
  }
  return true;
}

}  // namespace tebiki
