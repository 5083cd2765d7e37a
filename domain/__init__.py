"""The rules, with no I/O beyond reading the registry table: the areas (registry), one schema per
dataset, validation of a table against its schema, and the differences between two versions."""
