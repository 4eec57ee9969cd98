import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Orbital box diagram of a ground-state Fe atom (Z = 26), boxes arranged by energy
fig, ax = plt.subplots(figsize=(6.4, 4.8))
w = 0.55  # box width / height

# (label, x of first box, y level, number of boxes, electrons)
subshells = [
    ("1s", 0.6, 0.0, 1, 2),
    ("2s", 0.6, 1.0, 1, 2),
    ("2p", 2.2, 1.35, 3, 6),
    ("3s", 0.6, 2.3, 1, 2),
    ("3p", 2.2, 2.65, 3, 6),
    ("4s", 0.6, 3.6, 1, 2),
    ("3d", 4.4, 3.95, 5, 6),
]


def electron(x, y, up=True):
    y0, y1 = (y + 0.08, y + w - 0.08) if up else (y + w - 0.08, y + 0.08)
    ax.annotate("", xy=(x, y1), xytext=(x, y0),
                arrowprops=dict(arrowstyle="-|>", color="tab:blue", lw=1.6, mutation_scale=10))


for label, x0, y, n, ne in subshells:
    # Hund's rule: singly occupy each box with spin-up first, then pair
    occ = [0] * n
    for k in range(ne):
        occ[k % n] += 1
    for i in range(n):
        x = x0 + i * w
        ax.add_patch(Rectangle((x, y), w, w, facecolor="white", edgecolor="black", lw=1.3))
        if occ[i] >= 1:
            electron(x + w * 0.33, y, up=True)
        if occ[i] == 2:
            electron(x + w * 0.67, y, up=False)
    ax.text(x0 - 0.12, y + w / 2, label, ha="right", va="center", fontsize=12, fontweight="bold")

# energy axis
ax.annotate("", xy=(-0.35, 4.9), xytext=(-0.35, -0.1),
            arrowprops=dict(arrowstyle="-|>", color="0.3", lw=1.3))
ax.text(-0.5, 2.4, "Energy", rotation=90, ha="right", va="center", fontsize=11, color="0.3")

ax.text(0.3, 5.75, "Fe (Z = 26), ground state", fontsize=13, fontweight="bold", ha="left")
ax.text(0.3, 5.25, "1s$^2$ 2s$^2$ 2p$^6$ 3s$^2$ 3p$^6$ 4s$^2$ 3d$^6$", fontsize=12, ha="left")
ax.text(4.35, 0.4, "Fe$^{3+}$: unpaired electrons = ?\nspin-only $\\mu$ = ?", fontsize=11,
        ha="left", va="center", color="purple")

ax.set_xlim(-1.0, 7.4)
ax.set_ylim(-0.3, 6.2)
ax.set_aspect("equal")
ax.axis("off")
