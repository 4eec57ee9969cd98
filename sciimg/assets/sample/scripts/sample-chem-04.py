import matplotlib.pyplot as plt
import itertools
import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle

# Face-centred cubic unit cell of copper (oblique projection)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
A = 3.0                      # drawn edge length
depth = np.array([0.5, 0.28])  # projection of the receding (z) axis per unit length


def proj(x, y, z):
    return np.array([x, y]) * A + depth * z * A


# cube edges (hidden ones dashed)
corners = list(itertools.product((0, 1), repeat=3))
for p, q in itertools.combinations(corners, 2):
    if sum(a != b for a, b in zip(p, q)) != 1:
        continue
    hidden = (p[0] == 0 and q[0] == 0 and p[2] == 1 and q[2] == 1) or \
             (p[1] == 0 and q[1] == 0 and p[2] == 1 and q[2] == 1) or \
             (p[0] == 0 and q[0] == 0 and p[1] == 0 and q[1] == 0)
    P, Q = proj(*p), proj(*q)
    ax.plot([P[0], Q[0]], [P[1], Q[1]], color="0.3", lw=1.2, ls="--" if hidden else "-", zorder=1)

# atoms: 8 corners + 6 face centres, painted back-to-front
faces = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
atoms = [(c, "corner") for c in corners] + [(f, "face") for f in faces]
atoms.sort(key=lambda a: -a[0][2])
for k, (pos, kind) in enumerate(atoms):
    P = proj(*pos)
    col = "#c87533" if kind == "corner" else "#8c4a1c"
    ax.add_patch(Circle(P, 0.25, facecolor=col, edgecolor="black", lw=1.0, zorder=2 + k))

# edge length label along the front bottom edge
P0, P1 = proj(0, 0, 0), proj(1, 0, 0)
ax.annotate("", xy=(P0[0], P0[1] - 0.55), xytext=(P1[0], P1[1] - 0.55),
            arrowprops=dict(arrowstyle="<->", color="tab:blue", lw=1.3))
ax.text((P0[0] + P1[0]) / 2, P0[1] - 0.7, "a = 361 pm", ha="center", va="top",
        fontsize=12, color="tab:blue")

ax.legend(handles=[
    Line2D([], [], marker="o", ls="", markersize=11, markerfacecolor="#c87533", markeredgecolor="k",
           label="Cu atom at a corner"),
    Line2D([], [], marker="o", ls="", markersize=11, markerfacecolor="#8c4a1c", markeredgecolor="k",
           label="Cu atom at a face centre")],
    loc="upper left", bbox_to_anchor=(0.62, 0.98), frameon=False, fontsize=10)

tx = 5.0
ax.text(tx, 2.55, "Copper (Cu): face-centred\ncubic (fcc) unit cell", fontsize=11, va="top")
ax.text(tx, 1.65, "M = 63.55 g/mol", fontsize=11, va="top")
ax.text(tx, 1.15, "N$_A$ = 6.022 × 10$^{23}$ mol$^{-1}$", fontsize=11, va="top")
ax.text(tx, 0.5, "density = ?   r(Cu) = ?", fontsize=11, va="top", color="purple")

ax.set_xlim(-0.5, 8.9)
ax.set_ylim(-1.1, 4.3)
ax.set_aspect("equal")
ax.axis("off")
