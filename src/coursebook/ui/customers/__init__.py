"""The customer register and the NPS dashboard."""
