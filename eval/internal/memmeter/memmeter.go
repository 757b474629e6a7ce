//go:build unix

package memmeter

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// Meter measures the memory one query takes, two ways:
//
//   - heap: the peak of the Go heap's live and not-yet-collected objects
//     above their level at the start, sampled every millisecond. It does
//     not see SQLite's own memory (its page cache and sorter, allocated
//     by modernc.org/libc outside the Go heap).
//   - rss: the process's peak resident set (VmHWM), reset at the start by
//     writing 5 to /proc/self/clear_refs after returning freed memory to
//     the operating system. It is what /usr/bin/time -f %M reports for
//     an mcsql process, SQLite's memory included, plus the test process's
//     own resident pages (about what the mcsql binary's are). Linux only;
//     elsewhere it is 0. Memory SQLite's allocator kept from an earlier
//     benchmark of the same run stays resident and counts: for a figure
//     of one query alone, run its benchmark alone (-bench OrderByLimit10).
type Meter struct {
	base uint64
	peak atomic.Uint64
	rss  bool
	done chan struct{}
	over chan struct{}
}

const heapObjects = "/memory/classes/heap/objects:bytes"

func heapNow(sample []metrics.Sample) uint64 {
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// Start starts measuring; call it with the benchmark timer
// stopped, as it collects garbage first.
func Start() *Meter {
	runtime.GC()
	debug.FreeOSMemory()
	m := &Meter{done: make(chan struct{}), over: make(chan struct{})}
	m.rss = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	sample := []metrics.Sample{{Name: heapObjects}}
	m.base = heapNow(sample)
	m.peak.Store(m.base)
	go func() {
		defer close(m.over)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if h := heapNow(sample); h > m.peak.Load() {
				m.peak.Store(h)
			}
			select {
			case <-m.done:
				return
			case <-tick.C:
			}
		}
	}()
	return m
}

// Stop returns the peak heap above the start and the peak RSS, in bytes.
func (m *Meter) Stop() (heap, rss uint64) {
	close(m.done)
	<-m.over
	if m.rss {
		rss = statusKB("VmHWM") * 1024
	}
	return m.peak.Load() - m.base, rss
}

// statusKB reads a "Name: n kB" line of /proc/self/status.
func statusKB(name string) uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+":"); ok {
			n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// ProcessCPU is the CPU time (user and system, all threads) the test
// process has used.
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
