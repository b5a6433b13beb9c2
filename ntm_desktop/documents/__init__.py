"""Official documents as PDF: the Nghị định 30/2020 layout and the documents built on it."""
