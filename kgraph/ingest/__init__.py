"""Ingest: files, folders, globs and stdin in; clean articles out.

- ``read``: inputs -> Documents (decoded text, origin, record metadata)
- ``clean``: text -> paragraphs, with captions, credits, bylines and promos dropped
- ``split``: a Document -> its Articles (datelines, undated ledes, titles); repeats dropped
"""
