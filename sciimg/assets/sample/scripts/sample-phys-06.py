import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle, Arc, FancyArrowPatch

ti = np.radians(40.0)               # angle of incidence
n = 1.50
tr = np.arcsin(np.sin(ti) / n)      # refraction angle inside the glass (geometry only, not labelled)
t = 6.0                             # slab thickness, cm

fig, ax = plt.subplots(figsize=(6.0, 4.8))
ax.add_patch(Rectangle((-7, -t), 15, t, facecolor="#d6ecf7", edgecolor="k", lw=1.5))
ax.text(5.6, -t / 2 - 0.6, "glass\nn = 1.50", fontsize=12, ha="center", va="center")
ax.text(-6.5, 2.8, "air", fontsize=12, ha="left", va="center")
ax.text(-6.5, -t - 1.6, "air", fontsize=12, ha="left", va="center")

P = np.array([0.0, 0.0])                          # entry point (top face)
Q = np.array([t * np.tan(tr), -t])                # exit point (bottom face)
L_in = 4.6
S = P + L_in * np.array([-np.sin(ti), np.cos(ti)])
E = Q + 3.4 * np.array([np.sin(ti), -np.cos(ti)])

ax.plot(*zip(S, P), color="tab:red", lw=2)
ax.plot(*zip(P, Q), color="tab:red", lw=2)
ax.plot(*zip(Q, E), color="tab:red", lw=2)
for a, b in [(S, P), (P, Q), (Q, E)]:
    m = a + 0.55 * (b - a)
    ax.add_patch(FancyArrowPatch(m, m + 0.02 * (b - a), arrowstyle="-|>", mutation_scale=16, color="tab:red", lw=0))

# normals
ax.plot([0, 0], [-2.2, 3.6], color="k", ls="--", lw=1)
ax.plot([Q[0], Q[0]], [-t + 2.0, -t - 3.2], color="k", ls="--", lw=1)
ax.text(0.12, 3.6, "normal", fontsize=9, ha="left", va="top", color="0.3")

# angle of incidence (between incident ray and the normal)
ax.add_patch(Arc(P, 3.0, 3.0, theta1=90, theta2=90 + 40, color="k", lw=1.2))
ax.text(-0.62, 2.15, "40°", fontsize=12, ha="center", va="center")

# undeviated continuation of the incident ray and the lateral shift d
# perpendicular from emergent ray to the continuation line
u = np.array([np.sin(ti), -np.cos(ti)])
perp = np.array([np.cos(ti), np.sin(ti)])
Fp = Q + 1.6 * u                        # point on emergent ray
dist = np.dot(Fp - P, perp)             # signed distance (continuation is on +perp side)
G = Fp - dist * perp
D = P + (np.dot(G - P, u) + 0.5) * u
ax.plot(*zip(P, D), color="gray", ls=":", lw=1.3)
ax.add_patch(FancyArrowPatch(G, Fp, arrowstyle="<|-|>", mutation_scale=10, color="tab:purple", lw=1.2))
mid = (G + Fp) / 2
ax.text(mid[0] + 0.9, mid[1] - 0.5, "d = ?", fontsize=12, color="tab:purple", ha="left", va="top")

# thickness dimension
ax.add_patch(FancyArrowPatch((-5.0, 0), (-5.0, -t), arrowstyle="<|-|>", mutation_scale=12, color="k", lw=1))
ax.text(-4.8, -t / 2, "6.0 cm", fontsize=12, ha="left", va="center")

ax.set_aspect("equal")
ax.set_xlim(-7.2, 8.2)
ax.set_ylim(-t - 4.0, 4.2)
ax.axis("off")
ax.set_title("Ray passing through a parallel-sided glass slab", fontsize=12)
