// `tebiki serve`: the site as served, kept in memory, and the events that tell open pages to
// reload. The build never writes here directly: a rebuild that succeeds is published whole
// (the files it changed), one that fails leaves the last good site in place.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>

#include "post_check.h"

namespace tebiki {

/// One server-sent event: `reload` (data: JSON list of changed paths) or `failed` (data:
/// the findings as text), `fixed` once a failed build is good again.
struct LiveEvent {
  std::uint64_t id = 0;
  std::string type;
  std::string data;
};

class LiveSite {
 public:
  /// Takes the listed files (or every file when `everything`) from `files`; files no longer
  /// in `files` stop being served.
  void publish(const SiteFiles& files, const std::set<std::string>& changed, bool everything);
  /// The content of a site file, or null.
  std::shared_ptr<const std::string> find(const std::string& path) const;

  /// Queues an event for every open page; `failed` events are also kept as the current state
  /// that a page opened later is told at once.
  void announce(const std::string& type, const std::string& data);
  /// Waits up to `timeout_ms` for events after *seen; false once the site is stopping.
  bool next_events(std::uint64_t* seen, std::deque<LiveEvent>* out, int timeout_ms);
  /// The failure a newly opened page must show, or nullopt when the last build was good.
  std::optional<LiveEvent> current_failure() const;
  /// The id of the newest event (a new connection starts after it).
  std::uint64_t last_event_id() const;
  void stop();

 private:
  mutable std::shared_mutex files_mutex_;
  std::map<std::string, std::shared_ptr<const std::string>> files_;

  mutable std::mutex events_mutex_;
  std::condition_variable events_changed_;
  std::deque<LiveEvent> events_;   ///< the most recent ones
  std::optional<LiveEvent> failure_;
  std::uint64_t next_id_ = 1;
  bool stopping_ = false;
};

}  // namespace tebiki
