import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon, Arc, FancyArrowPatch

fig, ax = plt.subplots(figsize=(6, 4.5))
th = np.radians(30)
L = 6.0
# incline: right angle at bottom-left, 30 deg angle at bottom-right
A = np.array([0.0, 0.0])                  # bottom-left (right angle)
B = np.array([L, 0.0])                    # bottom-right (30 deg)
C = np.array([0.0, L * np.tan(th)])       # top-left
ax.add_patch(Polygon([A, B, C], closed=True, facecolor="#d9d9d9", edgecolor="k", lw=1.5))
ax.plot([-0.4, L + 0.6], [0, 0], color="k", lw=1.5)
for xh in np.arange(-0.3, L + 0.6, 0.35):
    ax.plot([xh, xh - 0.2], [0, -0.2], color="k", lw=0.8)

# angle arc at B
ax.add_patch(Arc(B, 1.8, 1.8, theta1=180 - 30, theta2=180, color="k", lw=1.2))
ax.text(B[0] - 1.25, 0.22, "30°", fontsize=13, ha="center", va="center")

# block on the slope
u = (B - C) / np.linalg.norm(B - C)        # unit vector down the slope
nrm = np.array([np.sin(th), np.cos(th)])
s0 = 2.4                                    # distance of block centre along slope from C
w, h = 1.3, 0.85
base_c = C + u * s0
corners = [base_c - u * w / 2, base_c + u * w / 2,
           base_c + u * w / 2 + nrm * h, base_c - u * w / 2 + nrm * h]
ax.add_patch(Polygon(corners, closed=True, facecolor="#7fb3d5", edgecolor="k", lw=1.5))
ctr = base_c + nrm * h / 2
ax.text(ctr[0], ctr[1], "4.0 kg", fontsize=12, ha="center", va="center",
        rotation=-30, rotation_mode="anchor", fontweight="bold")

# friction label on the surface
pf = C + u * 4.4 + nrm * 0.02
ax.text(pf[0] - 0.05, pf[1] - 0.45, r"$\mu_k$ = 0.20", fontsize=12, rotation=-30,
        ha="center", va="center")

# direction of motion: down the slope
p1 = base_c + nrm * (h + 0.35) - u * 0.4
p2 = p1 + u * 1.6
ax.add_patch(FancyArrowPatch(p1, p2, arrowstyle="-|>", mutation_scale=18, color="tab:red", lw=2))
pm = (p1 + p2) / 2 + nrm * 0.35
ax.text(pm[0], pm[1], "motion,  a = ?", fontsize=12, color="tab:red", rotation=-30,
        ha="center", va="center")

# gravity indicator
gx, gy = 5.0, 3.4
ax.add_patch(FancyArrowPatch((gx, gy), (gx, gy - 1.1), arrowstyle="-|>", mutation_scale=16, color="k", lw=1.5))
ax.text(gx + 0.15, gy - 0.55, r"g = 9.8 m/s²", fontsize=12, ha="left", va="center")

ax.set_aspect("equal")
ax.set_xlim(-0.6, 7.4)
ax.set_ylim(-0.4, 4.3)
ax.axis("off")
ax.set_title("Block sliding down a rough incline", fontsize=13)
