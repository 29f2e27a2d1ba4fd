import lib
for g in ("g1", "g2", "g3", "g4", "g5"):
    __import__(g)
lib.GOLD.sort(key=lambda g: g["file"])
lib.write()
print(len(lib.GOLD), "articles", sum(len(g["mentions"]) for g in lib.GOLD), "mentions")
