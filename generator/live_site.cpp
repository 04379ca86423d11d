#include "live_site.h"

#include <chrono>

namespace tebiki {
namespace {

constexpr std::size_t kKeptEvents = 64;

}  // namespace

void LiveSite::publish(const SiteFiles& files, const std::set<std::string>& changed, bool everything) {
  std::unique_lock lock(files_mutex_);
  for (auto it = files_.begin(); it != files_.end();) {
    it = files.count(it->first) ? std::next(it) : files_.erase(it);
  }
  for (const auto& [path, content] : files) {
    if (everything || changed.count(path) || !files_.count(path)) {
      files_[path] = std::make_shared<const std::string>(content);
    }
  }
}

std::shared_ptr<const std::string> LiveSite::find(const std::string& path) const {
  std::shared_lock lock(files_mutex_);
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : it->second;
}

void LiveSite::announce(const std::string& type, const std::string& data) {
  std::lock_guard lock(events_mutex_);
  LiveEvent event{next_id_++, type, data};
  if (type == "failed") failure_ = event;
  else failure_.reset();
  events_.push_back(std::move(event));
  if (events_.size() > kKeptEvents) events_.pop_front();
  events_changed_.notify_all();
}

bool LiveSite::next_events(std::uint64_t* seen, std::deque<LiveEvent>* out, int timeout_ms) {
  std::unique_lock lock(events_mutex_);
  auto has_news = [&] { return stopping_ || (!events_.empty() && events_.back().id > *seen); };
  events_changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms), has_news);
  if (stopping_) return false;
  for (const LiveEvent& event : events_) {
    if (event.id > *seen) out->push_back(event);
  }
  if (!out->empty()) *seen = out->back().id;
  return true;
}

std::optional<LiveEvent> LiveSite::current_failure() const {
  std::lock_guard lock(events_mutex_);
  return failure_;
}

std::uint64_t LiveSite::last_event_id() const {
  std::lock_guard lock(events_mutex_);
  return next_id_ - 1;
}

void LiveSite::stop() {
  std::lock_guard lock(events_mutex_);
  stopping_ = true;
  events_changed_.notify_all();
}

}  // namespace tebiki
