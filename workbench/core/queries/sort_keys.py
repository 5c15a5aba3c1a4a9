"""The matters list's sort keys, on their own so the command line can offer them as choices
without loading the database layer (the app's start-up builds the same parser)."""

SORT_KEYS = ("client", "kind", "stage", "matter_number", "court", "next_event", "next_deadline")
