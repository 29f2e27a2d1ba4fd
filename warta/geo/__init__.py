"""warta.geo"""
