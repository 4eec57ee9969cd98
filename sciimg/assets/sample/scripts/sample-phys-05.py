import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, Polygon

f = 10.0      # focal length, cm
u = 30.0      # object distance, cm
h = 4.0       # object height, cm

fig, ax = plt.subplots(figsize=(6.6, 4.5))
# principal axis
ax.plot([-36, 26], [0, 0], color="k", lw=1)
ax.text(25.8, -0.4, "principal axis", fontsize=9, ha="right", va="top", color="0.3")

# thin converging (biconvex) lens at x = 0
H = 7.0
yy = np.linspace(-H, H, 100)
bulge = 0.9 * (1 - (yy / H) ** 2)
ax.fill_betweenx(yy, -bulge, bulge, color="#cfe8f7", edgecolor="tab:blue", lw=1.5)
ax.add_patch(FancyArrowPatch((0, -H - 0.2), (0, H + 0.2), arrowstyle="<|-|>", mutation_scale=12, color="tab:blue", lw=0))
ax.text(0.6, H + 0.4, "converging lens", fontsize=10, ha="left", va="bottom", color="tab:blue")

# focal points
for xf, lab in [(-f, "F"), (f, "F′")]:
    ax.plot(xf, 0, "o", color="k", ms=5)
    ax.text(xf, 0.35, lab, fontsize=12, ha="center", va="bottom")

# object (upright arrow)
ax.add_patch(FancyArrowPatch((-u, 0), (-u, h), arrowstyle="-|>", mutation_scale=18, color="tab:red", lw=2.5))
ax.text(-u - 0.6, h / 2, "4.0 cm", fontsize=11, ha="right", va="center", color="tab:red")
ax.text(-u, h + 0.5, "object", fontsize=10, ha="center", va="bottom", color="tab:red")

# incident rays from the object tip (drawn only up to the lens)
ax.plot([-u, 0], [h, h], color="tab:orange", lw=1.2)
ax.plot([-u, 0], [h, 0], color="tab:orange", lw=1.2)
for (x0, y0), (x1, y1) in [((-u, h), (0, h)), ((-u, h), (0, 0))]:
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = (x1 - x0) * 0.02, (y1 - y0) * 0.02
    ax.add_patch(FancyArrowPatch((xm, ym), (xm + dx, ym + dy), arrowstyle="-|>", mutation_scale=12, color="tab:orange", lw=0))

# unknown image
ax.text(17, 4.0, "image = ?", fontsize=12, ha="center", va="center", color="tab:purple")

# dimensions
def dim(x1, x2, y, label, side=False):
    ax.add_patch(FancyArrowPatch((x1, y), (x2, y), arrowstyle="<|-|>", mutation_scale=11, color="k", lw=1))
    ax.plot([x1, x1], [y - 0.3, y + 0.3], color="k", lw=0.8)
    ax.plot([x2, x2], [y - 0.3, y + 0.3], color="k", lw=0.8)
    if side:
        ax.text(x2 + 0.8, y, label, fontsize=11, ha="left", va="center")
    else:
        ax.text((x1 + x2) / 2, y - 0.45, label, fontsize=11, ha="center", va="top")

dim(-u, 0, -5.2, "30 cm")
dim(0, f, -2.6, "f = 10 cm", side=True)
ax.plot([-u, -u], [0, -5.2], color="gray", lw=0.6, ls=":")
ax.plot([f, f], [-1.5, -2.6], color="gray", lw=0.6, ls=":")

ax.set_xlim(-37, 27)
ax.set_ylim(-7.8, 8.6)
ax.axis("off")
ax.set_title("Object in front of a thin converging lens", fontsize=13)
