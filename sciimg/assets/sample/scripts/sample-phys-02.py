import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle, Polygon, FancyArrowPatch

fig, ax = plt.subplots(figsize=(6.4, 4.5))
L = 4.0      # plank length (m)
xp = 1.0     # pivot position from left end (m)
t = 0.12     # drawn plank thickness

# plank
ax.add_patch(Rectangle((0, 0), L, t, facecolor="#e0c08a", edgecolor="k", lw=1.5))
ax.text(2.6, t + 0.12, "uniform plank, 10 kg", fontsize=11, ha="center", va="bottom")

# pivot (fulcrum)
ax.add_patch(Polygon([(xp, 0), (xp - 0.22, -0.45), (xp + 0.22, -0.45)], closed=True,
                     facecolor="#808080", edgecolor="k", lw=1.2))
ax.plot([xp - 0.45, xp + 0.45], [-0.45, -0.45], color="k", lw=1.5)
for xh in [xp - 0.4, xp - 0.2, xp, xp + 0.2, xp + 0.4]:
    ax.plot([xh, xh - 0.1], [-0.45, -0.55], color="k", lw=0.8)
ax.text(xp + 0.3, -0.3, "pivot", fontsize=10, ha="left", va="center")

# hanging load at the left end
ax.plot([0.05, 0.05], [0, -0.55], color="k", lw=1.2)
ax.add_patch(Rectangle((-0.25, -1.05), 0.6, 0.5, facecolor="#7fb3d5", edgecolor="k", lw=1.5))
ax.text(0.05, -0.8, "30 kg", fontsize=12, ha="center", va="center", fontweight="bold")

# unknown applied force at the right end (downward)
ax.add_patch(FancyArrowPatch((L - 0.05, t + 0.75), (L - 0.05, t + 0.02), arrowstyle="-|>",
                             mutation_scale=20, color="tab:red", lw=2.2))
ax.text(L - 0.15, t + 0.55, "F = ?", fontsize=13, color="tab:red", ha="right", va="center")

# dimensions
def dim(x1, x2, y, label):
    ax.add_patch(FancyArrowPatch((x1, y), (x2, y), arrowstyle="<|-|>", mutation_scale=12, color="k", lw=1))
    ax.plot([x1, x1], [y - 0.07, y + 0.07], color="k", lw=0.8)
    ax.plot([x2, x2], [y - 0.07, y + 0.07], color="k", lw=0.8)
    ax.text((x1 + x2) / 2, y + 0.05, label, fontsize=12, ha="center", va="bottom")

dim(0, xp, 0.65, "1.0 m")
dim(0, L, -1.35, "4.0 m")
ax.plot([0, 0], [t, 0.6], color="gray", lw=0.6, ls=":")
ax.plot([xp, xp], [t, 0.6], color="gray", lw=0.6, ls=":")
ax.plot([0, 0], [-1.05, -1.3], color="gray", lw=0.6, ls=":")
ax.plot([L, L], [0, -1.3], color="gray", lw=0.6, ls=":")

# gravity indicator
ax.add_patch(FancyArrowPatch((3.0, -0.35), (3.0, -0.95), arrowstyle="-|>", mutation_scale=14, color="k", lw=1.2))
ax.text(3.1, -0.65, r"g = 9.8 m/s²", fontsize=11, ha="left", va="center")

ax.set_aspect("equal")
ax.set_xlim(-0.5, 4.6)
ax.set_ylim(-1.6, 1.15)
ax.axis("off")
ax.set_title("Plank held horizontal on a pivot", fontsize=13)
