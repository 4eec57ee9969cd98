import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc

# Triangle ABC: AB = 10 cm, AC = 7 cm, included angle A = 60 deg; BC unknown.
A = np.array([0.0, 0.0])
B = np.array([10.0, 0.0])
C = 7.0 * np.array([np.cos(np.radians(60)), np.sin(np.radians(60))])

fig, ax = plt.subplots(figsize=(6, 4.5))
tri = np.array([A, B, C, A])
ax.plot(tri[:, 0], tri[:, 1], color="black", lw=2)
ax.fill(tri[:-1, 0], tri[:-1, 1], color="#dbe9f6", zorder=0)

# vertices
for P, name, off in [(A, "A", (-0.45, -0.35)), (B, "B", (0.25, -0.35)), (C, "C", (0.0, 0.3))]:
    ax.plot(*P, "ko", ms=4)
    ax.text(P[0] + off[0], P[1] + off[1], name, fontsize=14, ha="center", va="center")

# side labels
ax.text(5.0, -0.5, "10 cm", fontsize=13, ha="center", va="center")
mid_ac = (A + C) / 2
ax.text(mid_ac[0] - 0.75, mid_ac[1] + 0.35, "7 cm", fontsize=13, ha="center", va="center", rotation=60)
mid_bc = (B + C) / 2
ax.text(mid_bc[0] + 0.5, mid_bc[1] + 0.35, "?", fontsize=15, ha="center", va="center", color="crimson")

# angle at A
ax.add_patch(Arc(A, 2.0, 2.0, theta1=0, theta2=60, color="darkgreen", lw=1.8))
ax.text(1.35, 0.5, "60°", fontsize=13, color="darkgreen", ha="center", va="center")

ax.set_aspect("equal")
ax.set_xlim(-1.2, 11.0)
ax.set_ylim(-1.2, 7.0)
ax.axis("off")
ax.set_title("Triangle ABC", fontsize=13)
