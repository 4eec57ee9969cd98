import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, Ellipse, FancyBboxPatch

# Drawing of a plant leaf cell (drawing units: 1 unit = 10 mm of drawing)
fig, ax = plt.subplots(figsize=(7, 4.6))
L, H = 8.0, 3.6   # drawn cell: 80 mm long

# cell wall and cell membrane
ax.add_patch(FancyBboxPatch((0, 0), L, H, boxstyle="round,pad=0,rounding_size=0.5",
                            facecolor="#d9f0c8", edgecolor="#4d7a1f", lw=5))
ax.add_patch(FancyBboxPatch((0.15, 0.15), L - 0.3, H - 0.3, boxstyle="round,pad=0,rounding_size=0.4",
                            facecolor="#eef8e4", edgecolor="#8a5a9b", lw=1.5))
# large central vacuole
ax.add_patch(FancyBboxPatch((2.3, 0.8), 4.6, 2.0, boxstyle="round,pad=0,rounding_size=0.6",
                            facecolor="#cfe6f7", edgecolor="#3b7db5", lw=1.3))
# nucleus (16 mm diameter) with nucleolus
nuc = np.array([1.25, 1.8])
ax.add_patch(Circle(nuc, 0.8, facecolor="#f3d6a6", edgecolor="#8a5a1b", lw=1.5))
ax.add_patch(Circle(nuc + [0.15, 0.42], 0.2, facecolor="#b77b2f", edgecolor="none"))
# chloroplasts
for (cx, cy, ang) in [(2.8, 3.15, 0), (4.4, 3.15, 5), (6.0, 3.15, -5), (7.4, 2.0, 90),
                      (3.6, 0.45, 0), (5.4, 0.45, 3), (1.3, 0.5, 0)]:
    ax.add_patch(Ellipse((cx, cy), 0.85, 0.38, angle=ang, facecolor="#3f9b3f", edgecolor="#1f5f1f", lw=1))
    t = np.radians(ang)
    for k in (-0.2, 0, 0.2):
        ax.plot([cx + k * np.cos(t) - 0.08 * np.sin(t), cx + k * np.cos(t) + 0.08 * np.sin(t)],
                [cy + k * np.sin(t) + 0.08 * np.cos(t), cy + k * np.sin(t) - 0.08 * np.cos(t)],
                color="#1f5f1f", lw=1.5)
# mitochondria
for (mx, my) in [(7.35, 0.75), (7.35, 3.0), (1.75, 3.2)]:
    ax.add_patch(Ellipse((mx, my), 0.42, 0.22, facecolor="#f4a460", edgecolor="#a0522d", lw=1))

# labels with leader lines
lab = dict(fontsize=10, arrowprops=dict(arrowstyle="-", color="0.3", lw=0.8))
ax.annotate("cell wall", xy=(8.0, 1.2), xytext=(8.6, 0.7), **lab)
ax.annotate("cell membrane", xy=(7.85, 2.6), xytext=(8.6, 2.6), **lab)
ax.annotate("chloroplast", xy=(7.4, 2.25), xytext=(8.6, 1.7), **lab)
ax.annotate("mitochondrion", xy=(7.45, 3.05), xytext=(8.6, 3.5), **lab)
ax.annotate("nucleus", xy=(0.8, 1.4), xytext=(-1.6, 0.7), **lab)
ax.annotate("vacuole", xy=(4.6, 1.8), xytext=(4.6, 1.8), ha="center", va="center", fontsize=10)

# dimensions of the drawing
ax.annotate("", xy=(0, 4.25), xytext=(L, 4.25), arrowprops=dict(arrowstyle="<->", color="tab:blue", lw=1.4))
ax.text(L / 2, 4.4, "drawing length = 80 mm   (actual cell length = 40 μm)", ha="center",
        va="bottom", fontsize=11, color="tab:blue")
ax.annotate("", xy=(nuc[0] - 0.8, nuc[1]), xytext=(nuc[0] + 0.8, nuc[1]),
            arrowprops=dict(arrowstyle="<->", color="tab:red", lw=1.3))
ax.text(nuc[0], nuc[1] - 0.12, "16 mm", ha="center", va="top", fontsize=10, color="tab:red")

ax.text(L / 2, -0.55, "magnification = ?     actual nucleus diameter = ?", ha="center", va="top",
        fontsize=11, color="purple")

ax.set_xlim(-1.8, 10.3)
ax.set_ylim(-1.0, 5.0)
ax.set_aspect("equal")
ax.axis("off")
