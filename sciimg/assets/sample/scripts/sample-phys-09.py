import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, Polygon

states = {"A": (2.0, 100), "B": (2.0, 300), "C": (5.0, 300), "D": (5.0, 100)}
order = ["A", "B", "C", "D", "A"]

fig, ax = plt.subplots(figsize=(6.0, 4.6))
ax.add_patch(Polygon([states[k] for k in "ABCD"], closed=True, facecolor="#fde2c8", edgecolor="none", alpha=0.7))
for s0, s1 in zip(order[:-1], order[1:]):
    (x0, y0), (x1, y1) = states[s0], states[s1]
    ax.plot([x0, x1], [y0, y1], color="tab:blue", lw=2.2)
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = (x1 - x0) * 0.04, (y1 - y0) * 0.04
    ax.add_patch(FancyArrowPatch((xm - dx, ym - dy), (xm + dx, ym + dy), arrowstyle="-|>",
                                 mutation_scale=22, color="tab:blue", lw=0))
for k, (v, p) in states.items():
    ax.plot(v, p, "o", color="k", ms=6, zorder=5)
    ha = "left"
    dx = 0.05
    dy = 14 if p > 200 else -14
    va = "bottom" if p > 200 else "top"
    ax.text(v + dx, p + dy, f"{k} ({v:.1f} L, {p} kPa)", fontsize=11, ha=ha, va=va)
    ax.plot([0, v], [p, p], color="gray", lw=0.7, ls=":")
    ax.plot([v, v], [0, p], color="gray", lw=0.7, ls=":")

ax.text(3.5, 200, "W = ?", fontsize=13, ha="center", va="center", color="tab:red")
ax.set_xlim(0, 7.0)
ax.set_ylim(0, 400)
ax.set_xticks([0, 2.0, 5.0])
ax.set_xticklabels(["0", "2.0", "5.0"])
ax.set_yticks([0, 100, 300])
ax.set_yticklabels(["0", "100", "300"])
ax.set_xlabel("Volume V (L)", fontsize=12)
ax.set_ylabel("Pressure P (kPa)", fontsize=12)
ax.spines["top"].set_visible(False)
ax.spines["right"].set_visible(False)
ax.set_title("Cycle A → B → C → D → A of an ideal gas", fontsize=12)
fig.tight_layout()
