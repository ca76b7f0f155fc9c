"""The archive browser, its details pane and model, and the classification editor."""
