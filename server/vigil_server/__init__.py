"""The Vigil HQ sync server."""
