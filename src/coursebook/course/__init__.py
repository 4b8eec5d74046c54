"""The course bundle format: model, loader, catalog and schedule (Qt-free)."""
