import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, Circle

# Circle centre O, radius 6 cm; chord AB with central angle AOB = 120 deg.
r = 6.0
O = np.array([0.0, 0.0])
a1, a2 = np.radians(210), np.radians(330)  # A and B, 120 deg apart, chord below O
A = r * np.array([np.cos(a1), np.sin(a1)])
B = r * np.array([np.cos(a2), np.sin(a2)])

fig, ax = plt.subplots(figsize=(6, 4.5))
ax.add_patch(Circle(O, r, fill=False, lw=2, color="black"))

# shaded minor segment between chord AB and the minor arc
t = np.linspace(a1, a2, 200)
seg_x = np.concatenate([r * np.cos(t), [A[0]]])
seg_y = np.concatenate([r * np.sin(t), [A[1]]])
ax.fill(seg_x, seg_y, color="#f4c7a1", zorder=0)
ax.text(0, -4.4, "?", fontsize=16, color="crimson", ha="center", va="center")

# radii and chord
ax.plot([O[0], A[0]], [O[1], A[1]], color="navy", lw=1.8)
ax.plot([O[0], B[0]], [O[1], B[1]], color="navy", lw=1.8)
ax.plot([A[0], B[0]], [A[1], B[1]], color="black", lw=2)

# labels
for P, name, off in [(O, "O", (0.0, 0.45)), (A, "A", (-0.45, -0.3)), (B, "B", (0.45, -0.3))]:
    ax.plot(*P, "ko", ms=4)
    ax.text(P[0] + off[0], P[1] + off[1], name, fontsize=14, ha="center", va="center")
ax.text(-3.35, -1.35, "6 cm", fontsize=12, color="navy", ha="center", va="center", rotation=30)
ax.text(3.35, -1.35, "6 cm", fontsize=12, color="navy", ha="center", va="center", rotation=-30)

# central angle
ax.add_patch(Arc(O, 2.2, 2.2, theta1=210, theta2=330, color="darkgreen", lw=1.8))
ax.text(0, -1.6, "120°", fontsize=13, color="darkgreen", ha="center", va="center")

ax.set_aspect("equal")
ax.set_xlim(-7, 7)
ax.set_ylim(-6.8, 6.8)
ax.axis("off")
