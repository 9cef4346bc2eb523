"""Ingestion steps, each with one job: fetch (network only) -> extract (pure) -> match/reconcile
(services, one transaction). Dependencies point one way: tasks -> services -> these steps."""
