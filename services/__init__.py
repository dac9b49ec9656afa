"""What happens after something arrives: the appeal workflow, the sync protocol, the audit log, places, statistics, demo content."""
