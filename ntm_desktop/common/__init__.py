"""Building blocks every feature uses: typed errors, Vietnamese text, numbers and money,
safe file writing, file names, paths, the hybrid logical clock, JSON schemas, the instance
lock.

May use: the standard library and third-party libraries only; nothing else of ntm_desktop.
"""
