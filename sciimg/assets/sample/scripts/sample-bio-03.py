import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Punnett square set-up for the dihybrid cross RrYy x Rryy (offspring cells left blank)
fig, ax = plt.subplots(figsize=(6.6, 4.8))
top_gametes = ["RY", "Ry", "rY", "ry"]   # gametes of RrYy
side_gametes = ["Ry", "ry"]              # gametes of Rryy
c = 1.0                                   # cell size
x0, y0 = 0.0, 0.0                         # lower-left corner of the grid

for j, g in enumerate(top_gametes):
    ax.add_patch(Rectangle((x0 + j * c, y0 + 2 * c), c, 0.6, facecolor="#dbe9f7", edgecolor="black"))
    ax.text(x0 + (j + 0.5) * c, y0 + 2 * c + 0.3, g, ha="center", va="center", fontsize=13,
            fontweight="bold", color="tab:blue")
for i, g in enumerate(side_gametes):
    yy = y0 + (1 - i) * c
    ax.add_patch(Rectangle((x0 - 0.8, yy), 0.8, c, facecolor="#fbe3d3", edgecolor="black"))
    ax.text(x0 - 0.4, yy + 0.5 * c, g, ha="center", va="center", fontsize=13, fontweight="bold",
            color="tab:orange")
    for j in range(4):
        ax.add_patch(Rectangle((x0 + j * c, yy), c, c, facecolor="white", edgecolor="black", lw=1.3))
        ax.text(x0 + (j + 0.5) * c, yy + 0.5 * c, "?", ha="center", va="center", fontsize=12, color="0.6")

ax.text(x0 + 2 * c, y0 + 2 * c + 1.05, "Parent 1: RrYy (round, yellow) — gametes", ha="center",
        va="center", fontsize=11, color="tab:blue")
ax.text(x0 - 1.0, y0 + c, "Parent 2:\nRryy\n(round, green)\n— gametes", ha="right",
        va="center", fontsize=11, color="tab:orange", linespacing=1.4)

ax.text(4.45, 2.5, "Key", fontsize=11, fontweight="bold", va="top")
ax.text(4.45, 2.1, "R = round (dominant)\nr = wrinkled\nY = yellow (dominant)\ny = green\n(genes assort independently)",
        fontsize=10, va="top", linespacing=1.5)
ax.text(2.0, -0.45, "Cross RrYy × Rryy  →  400 offspring", ha="center", va="top", fontsize=11)
ax.text(2.0, -0.9, "phenotypic ratio = ?     wrinkled, green offspring = ?", ha="center", va="top",
        fontsize=11, color="purple")

ax.set_xlim(-2.9, 7.7)
ax.set_ylim(-1.4, 3.4)
ax.set_aspect("equal")
ax.axis("off")
