"""The main window's register: the table model, the view with its filters, the details panel, exports."""
