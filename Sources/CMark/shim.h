// The C library libcmark (Debian: libcmark-dev), CommonMark 0.30.
// Only NotebookKit imports this module; no cmark pointer leaves the file that walks the tree.
#include <cmark.h>
