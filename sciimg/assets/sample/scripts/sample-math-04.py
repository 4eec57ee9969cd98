import matplotlib.pyplot as plt
import numpy as np

# Circle x^2 + y^2 = 25 and line y = x + 1; intersection points P and Q (coordinates unknown).
fig, ax = plt.subplots(figsize=(6, 5))
t = np.linspace(0, 2 * np.pi, 400)
ax.plot(5 * np.cos(t), 5 * np.sin(t), color="navy", lw=2)
x = np.linspace(-6.5, 5.5, 2)
ax.plot(x, x + 1, color="crimson", lw=2)

# axes through origin
ax.axhline(0, color="black", lw=0.9)
ax.axvline(0, color="black", lw=0.9)
ax.plot(0, 0, "ko", ms=3)
ax.text(-0.25, -0.45, "O", fontsize=11, ha="center", va="center")

# intersection points, unlabelled coordinates
for (px, py), name, off in [((3, 4), "P", (1.1, 0.4)), ((-4, -3), "Q", (-0.9, 0.6))]:
    ax.plot(px, py, "o", color="black", ms=6, zorder=5)
    ax.text(px + off[0], py + off[1], name, fontsize=14, fontweight="bold", ha="center", va="center")

ax.annotate("$x^2 + y^2 = 25$", xy=(3.54, -3.54), xytext=(6.3, -5.8), fontsize=13, color="navy",
            ha="right", va="center", arrowprops=dict(arrowstyle="-", color="navy", lw=0.8),
            bbox=dict(fc="white", ec="none", pad=1))
ax.text(3.6, 5.9, "$y = x + 1$", fontsize=13, color="crimson", ha="right", va="center",
        bbox=dict(fc="white", ec="none", pad=1))

ax.set_xticks(range(-6, 7))
ax.set_yticks(range(-6, 7))
ax.grid(True, color="0.88", lw=0.8)
ax.set_xlim(-6.5, 6.5)
ax.set_ylim(-6.5, 6.5)
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
