"""Export the course work to Word, PDF and Markdown (Qt-free except the PDF writer in ui/)."""
