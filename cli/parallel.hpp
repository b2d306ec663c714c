// cli/parallel.hpp — run work on many threads, hand the results back in order.
//
// Both the archive renderer and the JSON-lines stream need the same thing:
// items come from a source (a list of files, or lines read from stdin as they
// arrive), are worked on by `jobs` threads at once, and must be reported in the
// order they came in (diagnostics in input order, one output line per input
// line). The calling thread does the reporting, so it alone writes to stdout
// and stderr. At most `window` items are in flight, which bounds memory on an
// endless stream.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace cli {

// next(In&) -> bool: the next item, false at the end. Called by one worker at
//   a time (under a lock), so it may block reading a pipe.
// work(In&) -> Out: called on worker threads, several at once.
// emit(Out&) on the calling thread, in input order.
// idle() on the calling thread before it waits for a result (flush output, draw progress).
template <class In, class Out, class Next, class Work, class Emit, class Idle>
void ordered_parallel(unsigned jobs, std::size_t window, Next next, Work work, Emit emit, Idle idle) {
    std::mutex in_mutex;     // guards next() and `issued`
    std::size_t issued = 0;  // items taken from next()
    bool source_done = false;

    std::mutex out_mutex;  // guards everything below
    std::condition_variable out_cv;
    std::map<std::size_t, Out> ready;
    std::size_t emitted = 0;
    std::size_t total = static_cast<std::size_t>(-1);  // known once next() returned false

    auto worker = [&] {
        for (;;) {
            In item;
            std::size_t index;
            {
                std::lock_guard<std::mutex> in_lock(in_mutex);
                if (source_done) return;
                {
                    // Wait until the reporter has caught up with all but `window` items.
                    std::unique_lock<std::mutex> out_lock(out_mutex);
                    out_cv.wait(out_lock, [&] { return issued - emitted < window; });
                }
                if (!next(item)) {
                    source_done = true;
                    std::lock_guard<std::mutex> out_lock(out_mutex);
                    total = issued;
                    out_cv.notify_all();
                    return;
                }
                index = issued++;
            }
            Out result = work(item);
            std::lock_guard<std::mutex> out_lock(out_mutex);
            ready.emplace(index, std::move(result));
            out_cv.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < jobs; ++i) threads.emplace_back(worker);

    std::unique_lock<std::mutex> lock(out_mutex);
    for (;;) {
        auto it = ready.find(emitted);
        if (it == ready.end()) {
            if (emitted == total) break;
            lock.unlock();
            idle();
            lock.lock();
            out_cv.wait(lock, [&] { return ready.count(emitted) || emitted == total; });
            continue;
        }
        Out result = std::move(it->second);
        ready.erase(it);
        lock.unlock();
        emit(result);
        lock.lock();
        ++emitted;
        out_cv.notify_all();  // a worker may be waiting for the window
    }
    lock.unlock();
    for (auto& t : threads) t.join();
}

}  // namespace cli
