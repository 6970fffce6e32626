#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

/// The number of heap allocations (malloc, calloc, realloc, aligned allocations) made by the
/// process so far. Counts only on Linux with glibc, where this target replaces the allocator's
/// entry points with counting wrappers around glibc's own; elsewhere it returns -1.
long weave_allocation_count(void);

#endif
