import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle, FancyArrowPatch

A = 5.0      # amplitude, cm
T = 0.40     # period, s

fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(6.4, 5.6), gridspec_kw=dict(height_ratios=[1, 1.6]))

# --- top: block on a spring, released from rest at x = +A ---------------------------
ax1.add_patch(Rectangle((-0.5, -0.2), 0.5, 2.2, facecolor="#bbbbbb", edgecolor="k", hatch="///"))
ax1.plot([-0.5, 14.0], [-0.2, -0.2], color="k", lw=1.5)
x_eq = 6.5              # drawn position of x = 0 (block's left face at equilibrium)
xb = x_eq + 2.5         # drawn position of the block's left face at x = +5.0 cm
ncoil = 10
zx = np.concatenate([[0, 0.5], np.linspace(0.5, xb - 0.5, 2 * ncoil + 1), [xb]])
zy = np.concatenate([[0, 0], [0] + [0.35 * (-1) ** k for k in range(2 * ncoil - 1)] + [0], [0]]) + 0.8
ax1.plot(zx, zy, color="k", lw=1.2)
ax1.add_patch(Rectangle((xb, -0.2), 2.6, 1.9, facecolor="#7fb3d5", edgecolor="k", lw=1.5))
ax1.text(xb + 1.3, 0.75, "0.20 kg", fontsize=11, ha="center", va="center", fontweight="bold")
ax1.text(3.0, 1.35, "k = ?", fontsize=12, ha="center", va="bottom", color="tab:red")
ax1.plot([x_eq, x_eq], [-0.6, 2.5], color="gray", ls="--", lw=1)
ax1.text(x_eq, 2.6, "x = 0", fontsize=10, ha="center", va="bottom", color="0.3")
ax1.plot([xb, xb], [-0.6, 2.5], color="tab:green", ls="--", lw=1)
ax1.text(xb, 2.6, "x = +5.0 cm", fontsize=10, ha="left", va="bottom", color="tab:green")
ax1.text(xb + 2.8, 0.75, "released from\nrest at t = 0", fontsize=10, ha="left", va="center")
ax1.set_xlim(-0.7, 16.6)
ax1.set_ylim(-0.7, 3.3)
ax1.set_aspect("equal")
ax1.axis("off")

# --- bottom: displacement-time graph ------------------------------------------------
t = np.linspace(0, 1.0, 600)
x = A * np.cos(2 * np.pi * t / T)
ax2.plot(t, x, color="tab:blue", lw=2)
ax2.axhline(0, color="k", lw=0.8)
ax2.set_xlim(0, 1.15)
ax2.set_ylim(-7.0, 8.8)
ax2.set_yticks([-5.0, 0, 5.0])
ax2.set_yticklabels(["−5.0", "0", "+5.0"])
ax2.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
ax2.set_xticklabels(["0", "0.20", "0.40", "0.60", "0.80", "1.00"])
ax2.set_xlabel("t (s)")
ax2.set_ylabel("x (cm)")
ax2.grid(alpha=0.3)
# period marker between successive maxima
ax2.plot([0, 0], [5.0, 7.0], color="k", lw=0.6, ls=":")
ax2.plot([T, T], [5.0, 7.0], color="k", lw=0.6, ls=":")
ax2.add_patch(FancyArrowPatch((0.0, 6.8), (T, 6.8), arrowstyle="<|-|>", mutation_scale=12, color="k", lw=1))
ax2.text(T / 2, 7.1, "T = 0.40 s", fontsize=11, ha="center", va="bottom")
# amplitude marker to the right of the last maximum
ax2.plot([0.8, 1.1], [A, A], color="tab:red", lw=0.8, ls=":")
ax2.add_patch(FancyArrowPatch((1.07, 0), (1.07, A), arrowstyle="<|-|>", mutation_scale=12, color="tab:red", lw=1.2))
ax2.text(1.09, A / 2, "A = 5.0 cm", fontsize=10, ha="left", va="center", color="tab:red", rotation=90)
ax2.set_title("Displacement of the block vs time", fontsize=11)
fig.tight_layout()
