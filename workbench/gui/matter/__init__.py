"""The matter view: one matter in tabs (client, family, events and deadlines, notes, documents,
time, forms, activity). ``view.MatterView`` is the entry point."""
