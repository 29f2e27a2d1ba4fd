"""warta.web"""
