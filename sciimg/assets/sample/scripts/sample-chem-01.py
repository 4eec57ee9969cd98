import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, Circle

# Ball-and-stick model of planar ethene, C2H4 (1 plot unit = 100 pm)
fig, ax = plt.subplots(figsize=(6.4, 4.5))
half_cc = 0.67            # C=C 134 pm
r_ch = 1.09               # C-H 109 pm
half_ang = np.radians(117 / 2)

C1 = np.array([-half_cc, 0.0])
C2 = np.array([half_cc, 0.0])
H = {
    "H1": C1 + r_ch * np.array([-np.cos(half_ang), np.sin(half_ang)]),
    "H2": C1 + r_ch * np.array([-np.cos(half_ang), -np.sin(half_ang)]),
    "H3": C2 + r_ch * np.array([np.cos(half_ang), np.sin(half_ang)]),
    "H4": C2 + r_ch * np.array([np.cos(half_ang), -np.sin(half_ang)]),
}

# C=C double bond: two parallel sticks
for dy in (0.075, -0.075):
    ax.plot([C1[0], C2[0]], [dy, dy], color="0.25", lw=4, solid_capstyle="round", zorder=1)
# C-H single bonds
for name, p in H.items():
    c = C1 if name in ("H1", "H2") else C2
    ax.plot([c[0], p[0]], [c[1], p[1]], color="0.25", lw=4, solid_capstyle="round", zorder=1)

# atoms
for c in (C1, C2):
    ax.add_patch(Circle(c, 0.27, facecolor="0.35", edgecolor="black", lw=1.2, zorder=3))
    ax.text(c[0], c[1], "C", ha="center", va="center", color="white", fontsize=14,
            fontweight="bold", zorder=4)
for p in H.values():
    ax.add_patch(Circle(p, 0.18, facecolor="white", edgecolor="black", lw=1.2, zorder=3))
    ax.text(p[0], p[1], "H", ha="center", va="center", fontsize=12, fontweight="bold", zorder=4)

# C=C bond length label
ax.annotate("", xy=(C1[0], -0.5), xytext=(C2[0], -0.5),
            arrowprops=dict(arrowstyle="<->", color="tab:blue", lw=1.3))
ax.text(0, -0.62, "134 pm", ha="center", va="top", color="tab:blue", fontsize=12)

# C-H bond length label (upper-right bond)
mid = (C2 + H["H3"]) / 2
u = (H["H3"] - C2) / r_ch
nrm = np.array([u[1], -u[0]])
ax.text(*(mid - 0.08 * nrm), "109 pm", ha="right", va="center", color="tab:red", fontsize=12)

# H-C-H angle at left carbon
ang0 = 180 - 117 / 2
ax.add_patch(Arc(C1, 1.05, 1.05, theta1=ang0, theta2=ang0 + 117, color="tab:green", lw=1.5, zorder=2))
ax.text(C1[0] - 0.66, 0, "117°", ha="right", va="center", color="tab:green", fontsize=12,
        bbox=dict(facecolor="white", edgecolor="none", pad=1), zorder=5)

# unknown H...H distance on the right carbon
ax.plot([H["H3"][0], H["H4"][0]], [H["H3"][1], H["H4"][1]], ls="--", color="purple", lw=1.3, zorder=0)
ax.text(H["H3"][0] + 0.3, 0, "H···H = ?", ha="left", va="center", color="purple", fontsize=12)

ax.text(0, 1.45, "Ethene, C$_2$H$_4$ (planar molecule)", ha="center", fontsize=13)
ax.set_xlim(-2.2, 2.5)
ax.set_ylim(-1.3, 1.6)
ax.set_aspect("equal")
ax.axis("off")
