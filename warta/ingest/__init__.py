"""warta.ingest"""
