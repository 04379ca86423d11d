#include <unicode/alphaindex.h>

#include "glossary.h"

namespace tebiki {

std::vector<std::string> index_labels(const std::vector<std::string>& readings) {
  std::vector<std::string> labels(readings.size());
  UErrorCode status = U_ZERO_ERROR;
  icu::AlphabeticIndex index(icu::Locale::getJapanese(), status);
  index.addLabels(icu::Locale::getEnglish(), status);
  if (U_FAILURE(status)) return labels;
  std::vector<std::string> bucket_labels;
  index.resetBucketIterator(status);
  while (index.nextBucket(status)) {
    std::string label;
    index.getBucketLabel().toUTF8String(label);
    bucket_labels.push_back(label);
  }
  for (std::size_t i = 0; i < readings.size(); ++i) {
    int32_t bucket = index.getBucketIndex(icu::UnicodeString::fromUTF8(readings[i]), status);
    if (U_SUCCESS(status) && bucket >= 0 && static_cast<std::size_t>(bucket) < bucket_labels.size()) {
      labels[i] = bucket_labels[static_cast<std::size_t>(bucket)];
    }
    if (labels[i].empty() || labels[i] == "…") labels[i] = "その他";
  }
  return labels;
}

}  // namespace tebiki
