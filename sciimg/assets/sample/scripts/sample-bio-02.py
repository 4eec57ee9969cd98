import matplotlib.pyplot as plt
from matplotlib.patches import Polygon

# Energy pyramid for a grassland food chain (tier widths not to scale)
fig, ax = plt.subplots(figsize=(6.8, 4.8))
tiers = [
    ("Grass", "(producers)", "25,000 kJ m⁻² yr⁻¹", "#7cc46a"),
    ("Grasshoppers", "(primary consumers)", "2,500 kJ m⁻² yr⁻¹", "#f2d16b"),
    ("Frogs", "(secondary consumers)", "200 kJ m⁻² yr⁻¹", "#f0a35e"),
    ("Snakes", "(tertiary consumers)", "18 kJ m⁻² yr⁻¹", "#d9645a"),
]
base, top, h = 8.0, 1.4, 1.7
slope = (base - top) / 2 / (len(tiers) * h)
for i, (name, role, val, col) in enumerate(tiers):
    y0, y1 = i * h, (i + 1) * h
    w0, w1 = base / 2 - slope * y0, base / 2 - slope * y1
    ax.add_patch(Polygon([(-w0, y0), (w0, y0), (w1, y1), (-w1, y1)], closed=True,
                         facecolor=col, edgecolor="black", lw=1.2))
    if i < 2:
        ax.text(0, y0 + 1.25, name, ha="center", va="center", fontsize=11, fontweight="bold")
        ax.text(0, y0 + 0.85, role, ha="center", va="center", fontsize=10)
        ax.text(0, y0 + 0.4, val, ha="center", va="center", fontsize=11)
    else:
        # narrow upper tiers: labels to the side with a leader line
        ax.annotate(f"{name} {role}\n{val}", xy=(w1 * 0.5, y0 + h / 2), xytext=(3.6, y0 + h / 2),
                    ha="left", va="center", fontsize=10.5,
                    arrowprops=dict(arrowstyle="-", color="0.3", lw=0.8))

# energy flow arrows on the left, between tier centres
xa = -4.4
for i in range(len(tiers) - 1):
    col = "purple" if i == 2 else "0.35"
    ax.annotate("", xy=(xa, (i + 1.5) * h - 0.15), xytext=(xa, (i + 0.5) * h + 0.15),
                arrowprops=dict(arrowstyle="-|>", color=col, lw=1.4))
ax.text(xa - 0.2, 1.5 * h, "energy flow", rotation=90, ha="right", va="center", fontsize=10, color="0.35")
ax.text(xa - 0.2, 3.0 * h, "frogs → snakes\nefficiency = ?", ha="right", va="center", fontsize=10, color="purple")
ax.text(0.5, -0.35, "Overall efficiency grass → snakes = ?", ha="center", va="top", fontsize=10.5,
        color="purple")

ax.set_xlim(-7.0, 8.4)
ax.set_ylim(-1.0, 7.2)
ax.set_aspect("equal")
ax.axis("off")
