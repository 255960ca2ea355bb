"""Training-data synthesis: CoCoNot noncompliance data and the shared TRL export formats."""
