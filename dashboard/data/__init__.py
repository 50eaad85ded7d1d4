"""The data layer: reading, validating, caching and serving observations. Imports only the domain."""
