import matplotlib.pyplot as plt
import numpy as np

# Fischer esterification: ethanoic acid + ethanol <=> ethyl ethanoate + water
fig, ax = plt.subplots(figsize=(8, 4.2))
b = 0.5  # skeletal bond length
dx, dy = b * np.cos(np.radians(30)), b * np.sin(np.radians(30))


def bond(p, q, double=False, side=1):
    p, q = np.asarray(p, float), np.asarray(q, float)
    ax.plot([p[0], q[0]], [p[1], q[1]], color="black", lw=1.8, zorder=1)
    if double:
        v = q - p
        n = np.array([-v[1], v[0]]) / np.hypot(*v) * 0.07 * side
        ax.plot([p[0] + n[0], q[0] + n[0]], [p[1] + n[1], q[1] + n[1]], color="black", lw=1.8, zorder=1)


def atom(p, s, ha="center"):
    ax.text(p[0], p[1], s, ha=ha, va="center", fontsize=12, color="red", zorder=3,
            bbox=dict(facecolor="white", edgecolor="none", pad=0.5))


def acyl(x0, y0):
    """CH3-C(=O)- skeleton; returns carbonyl carbon and ester/acid O position."""
    me, c = (x0, y0), (x0 + dx, y0 + dy)
    o_db, o_s = (x0 + dx, y0 + dy + b), (x0 + 2 * dx, y0)
    bond(me, c)
    bond(c, (o_db[0], o_db[1] - 0.1), double=True, side=-1)
    bond(c, o_s)
    atom(o_db, "O")
    return o_s


y0 = 0.45
# ethanoic acid
o = acyl(0.0, y0)
atom((o[0] + 0.08, o[1]), "OH", ha="left")
# ethanol
e0 = 1.85
bond((e0, y0), (e0 + dx, y0 + dy))
bond((e0 + dx, y0 + dy), (e0 + 2 * dx, y0))
atom((e0 + 2 * dx + 0.08, y0), "OH", ha="left")
# ethyl ethanoate
s0 = 5.45
o = acyl(s0, y0)
bond(o, (o[0] + dx, o[1] + dy))
bond((o[0] + dx, o[1] + dy), (o[0] + 2 * dx, o[1]))
atom(o, "O")
# water
ax.text(8.0, y0 + 0.12, "H$_2$O", ha="center", va="center", fontsize=14, color="red")

# plus signs
for x in (1.5, 7.5):
    ax.text(x, y0 + 0.12, "+", ha="center", va="center", fontsize=18)

# equilibrium arrow (harpoons) with conditions
xa, xb, ya = 3.45, 5.05, y0 + 0.12
ax.annotate("", xy=(xb, ya + 0.06), xytext=(xa, ya + 0.06),
            arrowprops=dict(arrowstyle="-|>", color="black", lw=1.5, mutation_scale=14))
ax.annotate("", xy=(xa, ya - 0.06), xytext=(xb, ya - 0.06),
            arrowprops=dict(arrowstyle="-|>", color="black", lw=1.5, mutation_scale=14))
ax.text((xa + xb) / 2, ya + 0.28, "conc. H$_2$SO$_4$", ha="center", va="bottom", fontsize=12)
ax.text((xa + xb) / 2, ya - 0.28, "reflux (heat)", ha="center", va="top", fontsize=12)

# formulas, names and quantities
lab = dict(ha="center", va="top")
ax.text(0.45, -0.25, "CH$_3$COOH", fontsize=12, **lab)
ax.text(0.45, -0.62, "ethanoic acid", fontsize=10, style="italic", **lab)
ax.text(0.45, -0.98, "12.0 g", fontsize=12, fontweight="bold", color="tab:blue", **lab)
ax.text(0.45, -1.35, "M = 60.05 g/mol", fontsize=10, **lab)

ax.text(2.35, -0.25, "C$_2$H$_5$OH", fontsize=12, **lab)
ax.text(2.35, -0.62, "ethanol", fontsize=10, style="italic", **lab)
ax.text(2.35, -0.98, "excess", fontsize=12, fontweight="bold", color="tab:blue", **lab)

ax.text(6.35, -0.25, "CH$_3$COOC$_2$H$_5$", fontsize=12, **lab)
ax.text(6.35, -0.62, "ethyl ethanoate", fontsize=10, style="italic", **lab)
ax.text(6.35, -0.98, "11.0 g obtained", fontsize=12, fontweight="bold", color="tab:blue", **lab)
ax.text(6.35, -1.35, "M = 88.11 g/mol", fontsize=10, **lab)

ax.text(8.0, -0.25, "H$_2$O", fontsize=12, **lab)
ax.text(8.0, -0.62, "water", fontsize=10, style="italic", **lab)

ax.text(4.25, -1.95, "percentage yield = ?", ha="center", fontsize=12, color="purple")

ax.set_xlim(-0.3, 8.5)
ax.set_ylim(-2.15, 1.75)
ax.set_aspect("equal")
ax.axis("off")
