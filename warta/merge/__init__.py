"""warta.merge"""
