"""lcreader: read and search the 凉城新村街道 community bulletin from a terminal."""

__version__ = "0.1.0"
