"""The manual (resources/help/<language>/index.html), its window, and F1 anywhere."""
