"""warta.api"""
