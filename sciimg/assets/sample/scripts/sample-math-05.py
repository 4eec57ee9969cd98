import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc

# Vectors u = (4, 1) and v = (1, 3) from the origin and the parallelogram they span.
u = np.array([4.0, 1.0])
v = np.array([1.0, 3.0])

fig, ax = plt.subplots(figsize=(6, 4.8))
poly = np.array([[0, 0], u, u + v, v])
ax.fill(poly[:, 0], poly[:, 1], color="#e8e0f3", zorder=0)
ax.plot([u[0], u[0] + v[0]], [u[1], u[1] + v[1]], color="gray", ls="--", lw=1.3)
ax.plot([v[0], u[0] + v[0]], [v[1], u[1] + v[1]], color="gray", ls="--", lw=1.3)

kw = dict(arrowstyle="-|>", lw=2.2, mutation_scale=18)
ax.annotate("", xy=u, xytext=(0, 0), arrowprops=dict(color="navy", **kw))
ax.annotate("", xy=v, xytext=(0, 0), arrowprops=dict(color="crimson", **kw))
ax.text(4.15, 0.7, "u = (4, 1)", fontsize=13, color="navy", ha="left", va="center")
ax.text(0.85, 3.35, "v = (1, 3)", fontsize=13, color="crimson", ha="center", va="bottom")

# angle between the vectors
a_u, a_v = np.degrees(np.arctan2(u[1], u[0])), np.degrees(np.arctan2(v[1], v[0]))
ax.add_patch(Arc((0, 0), 1.6, 1.6, theta1=a_u, theta2=a_v, color="darkgreen", lw=1.6))
mid = np.radians((a_u + a_v) / 2)
ax.text(1.05 * np.cos(mid), 1.05 * np.sin(mid), "θ", fontsize=14, color="darkgreen", ha="center", va="center")
ax.text(-0.3, -0.35, "O", fontsize=12, ha="center", va="center")

ax.axhline(0, color="black", lw=0.9)
ax.axvline(0, color="black", lw=0.9)
ax.set_xticks(range(-1, 7))
ax.set_yticks(range(-1, 6))
ax.grid(True, color="0.88", lw=0.8)
ax.set_xlim(-1, 6.8)
ax.set_ylim(-1, 5)
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
