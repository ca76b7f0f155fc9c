"""Official documents: data filled from records (paperwork), PDFs drawn with ReportLab (reports), exports."""
