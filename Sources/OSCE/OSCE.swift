// Placeholder; see the module's own files.
