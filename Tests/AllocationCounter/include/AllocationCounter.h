// Counts the heap allocations made by the calling thread between start and stop, so a
// test can prove that a training loop allocates nothing per sample or per batch.
// Linking this target into a test executable replaces malloc, calloc, realloc and the
// aligned allocators with wrappers that count and then call glibc's own allocator.
#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

/// Starts counting this thread's allocations from zero.
void allocation_counter_start(void);
/// Stops counting and returns the number of allocations since the start.
long allocation_counter_stop(void);

#endif
