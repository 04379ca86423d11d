// The map from the bytes of a text run back to the source bytes they came from, kept as
// segments: a run's text is mostly long stretches copied from consecutive source bytes, so
// one segment stands for many bytes (a vector of one offset per byte took 8× the text).
#pragma once

#include <cstddef>
#include <vector>

namespace tebiki {

class SourceMap {
 public:
  /// Text bytes [size(), size() + length) come from source bytes [source, source + length).
  void append_copied(std::size_t source, std::size_t length);
  /// Text bytes [size(), size() + length) all stand for the one source byte `source` (an
  /// inline object, a line break).
  void append_standing_for(std::size_t source, std::size_t length);
  /// Forgets the text bytes from `length` on.
  void truncate(std::size_t length);

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// Source offset of text byte `i` (< size()).
  std::size_t operator[](std::size_t i) const;
  std::size_t back() const { return (*this)[size_ - 1]; }
  /// True when text bytes [begin, end) come from consecutive source bytes, in order.
  bool consecutive(std::size_t begin, std::size_t end) const;

 private:
  struct Segment {
    std::size_t text = 0;    ///< first text byte
    std::size_t source = 0;  ///< its source byte
    bool copied = true;      ///< false: every byte of the segment stands for `source`
  };
  std::size_t segment_of(std::size_t i) const;
  std::size_t source_of(const Segment& segment, std::size_t i) const {
    return segment.copied ? segment.source + (i - segment.text) : segment.source;
  }
  std::size_t segment_end(std::size_t s) const {
    return s + 1 < segments_.size() ? segments_[s + 1].text : size_;
  }

  std::vector<Segment> segments_;
  std::size_t size_ = 0;
};

}  // namespace tebiki
