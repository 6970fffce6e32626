#ifndef WEAVE_CWEAVESYSTEM_H
#define WEAVE_CWEAVESYSTEM_H

/// Swaps the two paths `a` and `b` in one atomic step (Linux renameat2 with RENAME_EXCHANGE):
/// at every instant each name refers to one of the two folders, so a process killed at any point
/// leaves both. Returns 0, or -1 with errno set (ENOSYS or EINVAL where the kernel or the file
/// system cannot exchange; the caller then falls back to two renames).
int weave_exchange_paths(const char *a, const char *b);

#endif
