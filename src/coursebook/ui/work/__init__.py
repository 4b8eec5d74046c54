"""The work panel: a step's assignment as forms that save themselves."""
