"""The demonstration data file ("dữ liệu mẫu"): the Bắc Giang 2020 tree with the province's own
2020 plan (tasks, funding, Biểu 01 targets, the registered model villages) and commune results
made up by a documented, seeded rule so that the province's reports reproduce its published
district figures. It is a separate file; the user's own data file is never touched.

May use: every core package below the command line (session and what lies below it).
"""
