"""HTTP servers: an OpenAI-compatible server over any backend, and shared server utilities."""
