"""Qt only: windows, dialogs, item models and the PDF preview."""
