"""Read-only views over an open vault session: the dashboard agenda, the matters list, full-text
search, the hours and matters reports, and the calendar export.

They take a SQLAlchemy session and return plain rows; the operations layer opens the session and
hands the rows to the front-ends. Nothing here writes (the calendar and report bytes are written
out by ``operations.exports``).
"""
