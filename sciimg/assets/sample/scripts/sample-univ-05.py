import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle, FancyBboxPatch, Polygon

# Density by water displacement: balance reads 52.0 g; cylinder 40 mL -> 60 mL.
fig, ax = plt.subplots(figsize=(7, 4.8))

def stone(cx, cy, s=1.0):
    ang = np.linspace(0, 2 * np.pi, 9)[:-1]
    rad = np.array([0.42, 0.36, 0.45, 0.38, 0.40, 0.33, 0.44, 0.37]) * s
    pts = np.c_[cx + 1.25 * rad * np.cos(ang), cy + 0.8 * rad * np.sin(ang)]
    ax.add_patch(Polygon(pts, closed=True, fc="#8c7b6b", ec="black", lw=1.2, zorder=6))

# --- electronic balance ---
ax.add_patch(FancyBboxPatch((0.0, 0.0), 3.0, 1.1, boxstyle="round,pad=0.05", fc="#d9d9d9", ec="black", lw=1.5))
ax.add_patch(Rectangle((0.6, 0.25), 1.8, 0.6, fc="#203040", ec="black", lw=1.2))
ax.text(1.5, 0.55, "52.0 g", fontsize=15, color="#7CFC00", ha="center", va="center", family="monospace",
        fontweight="bold")
ax.add_patch(Rectangle((1.35, 1.15), 0.3, 0.25, fc="gray", ec="black"))
ax.add_patch(Rectangle((0.4, 1.4), 2.2, 0.12, fc="#b0b0b0", ec="black", lw=1.2))
stone(1.5, 1.85)
ax.text(1.5, -0.5, "Balance", fontsize=12, ha="center")

# --- graduated cylinders ---
def cylinder(x0, level, label, with_stone):
    w, y0 = 1.3, 0.3
    ymL = lambda v: y0 + 0.05 * v
    ax.add_patch(Rectangle((x0 - 0.35, 0.0), w + 0.7, 0.15, fc="#cccccc", ec="black"))
    ax.add_patch(Rectangle((x0, 0.15), w, ymL(level) - 0.15, fc="#a6cee3", ec="none", alpha=0.8))
    ax.plot([x0, x0, x0 + w, x0 + w], [5.8, 0.15, 0.15, 5.8], color="black", lw=1.8)
    ax.plot([x0, x0 + w], [ymL(level)] * 2, color="#1f4e79", lw=2)
    for v in range(0, 101, 10):
        y = ymL(v)
        major = v % 20 == 0
        ax.plot([x0, x0 + (0.35 if major else 0.2)], [y, y], color="black", lw=1)
        if major and v > 0:
            ax.text(x0 + 0.4, y, str(v), fontsize=8, va="center", ha="left")
    ax.text(x0 + w / 2, 6.1, "mL", fontsize=9, ha="center")
    ax.annotate(f"{level} mL", xy=(x0 + w, ymL(level)), xytext=(x0 + w + 0.55, ymL(level) + 0.6),
                fontsize=12, color="#1f4e79", fontweight="bold", va="center",
                arrowprops=dict(arrowstyle="->", color="#1f4e79"))
    if with_stone:
        stone(x0 + 0.85, 0.55, 0.95)
    ax.text(x0 + w / 2, -0.5, label, fontsize=12, ha="center")

cylinder(4.2, 40, "Before", False)
cylinder(7.6, 60, "After (stone submerged)", True)

ax.set_aspect("equal")
ax.set_xlim(-0.3, 10.6)
ax.set_ylim(-0.9, 6.5)
ax.axis("off")
