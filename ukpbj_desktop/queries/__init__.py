"""Read-only queries for the register and the archive browser, filtered, sorted and paged in SQL."""
