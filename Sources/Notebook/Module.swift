// The Notebook module; see README.md beside this file.
