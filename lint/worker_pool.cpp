// parallel_for on worker threads started once and reused. A build runs a few dozen parallel
// passes; a thread started and ended for each costs its start-up and, when it ends, the
// flush of the allocator's cache for that thread.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "linter.h"

namespace tebiki {
namespace {

class WorkerPool {
 public:
  /// Never destroyed: the workers wait until the process ends, and a parallel_for in a static
  /// destructor still finds its pool.
  static WorkerPool& instance() {
    static WorkerPool* pool = new WorkerPool(std::max(1u, std::thread::hardware_concurrency()) - 1);
    return *pool;
  }

  std::size_t workers() const { return threads_.size(); }

  /// Runs work(i) for every i < count on the workers and the calling thread. False, having run
  /// nothing, when the pool is busy (a parallel_for inside a parallel_for, or on another
  /// thread at the same time): the caller then runs the items itself.
  bool run(std::size_t count, const std::function<void(std::size_t)>& work) {
    if (busy_.exchange(true)) return false;
    {
      std::lock_guard lock(mutex_);
      work_ = &work;
      count_ = count;
      next_ = 0;
      active_ = threads_.size();
      ++job_;
    }
    wake_.notify_all();
    std::exception_ptr failure = take_items(work, count);
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return active_ == 0; });
    if (!failure) failure = std::exchange(worker_failure_, nullptr);
    worker_failure_ = nullptr;
    work_ = nullptr;
    busy_ = false;
    if (failure) std::rethrow_exception(failure);  // once no worker uses `work` any more
    return true;
  }

 private:
  explicit WorkerPool(std::size_t workers) {
    for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { serve(); });
  }

  // Runs items until none is left; the first exception of an item ends this thread's share
  // and is returned, for run() to rethrow on the calling thread.
  std::exception_ptr take_items(const std::function<void(std::size_t)>& work, std::size_t count) {
    try {
      for (std::size_t i = next_++; i < count; i = next_++) work(i);
    } catch (...) {
      return std::current_exception();
    }
    return nullptr;
  }

  void serve() {
    for (std::size_t seen = 0;;) {
      const std::function<void(std::size_t)>* work = nullptr;
      std::size_t count = 0;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return job_ != seen; });
        seen = job_;
        work = work_;
        count = count_;
      }
      std::exception_ptr failure = take_items(*work, count);
      std::lock_guard lock(mutex_);
      if (failure && !worker_failure_) worker_failure_ = failure;
      if (--active_ == 0) done_.notify_one();
    }
  }

  std::atomic<bool> busy_{false};
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  const std::function<void(std::size_t)>* work_ = nullptr;
  std::size_t count_ = 0;
  std::atomic<std::size_t> next_{0};
  std::size_t job_ = 0;     ///< counts the jobs: a worker takes each new one once
  std::size_t active_ = 0;  ///< workers not yet done with the current job
  std::exception_ptr worker_failure_;  ///< the first exception a worker met in the current job
  std::vector<std::thread> threads_;
};

}  // namespace

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work) {
  // A single item never starts the workers (`tebiki lint FILE` needs none).
  if (count > 1 && WorkerPool::instance().workers() > 0 && WorkerPool::instance().run(count, work)) return;
  for (std::size_t i = 0; i < count; ++i) work(i);
}

void parallel_for_largest_first(std::size_t count, const std::function<std::size_t(std::size_t)>& size,
                                const std::function<void(std::size_t)>& work) {
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size(a) > size(b); });
  parallel_for(count, [&](std::size_t k) { work(order[k]); });
}

}  // namespace tebiki
