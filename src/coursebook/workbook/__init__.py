"""The Qt-free services the UI calls; they return plain values."""
