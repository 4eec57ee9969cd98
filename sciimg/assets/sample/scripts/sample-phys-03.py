import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch

# charges (position in m, charge in uC); field lines of the axisymmetric 3-D field, drawn in the x-y plane
charges = [(np.array([0.0, 0.0]), 4.0), (np.array([0.30, 0.0]), -1.0)]
XMIN, XMAX, YMIN, YMAX = -0.42, 0.95, -0.48, 0.48


def efield(p):
    e = np.zeros(2)
    for c, q in charges:
        d = p - c
        r = np.hypot(*d)
        e += q * d / r ** 3
    return e


def trace(p0, step=0.004, nmax=4000):
    pts = [p0]
    p = p0.copy()
    for _ in range(nmax):
        def f(z):
            e = efield(z)
            return e / np.hypot(*e)
        k1 = f(p); k2 = f(p + 0.5 * step * k1); k3 = f(p + 0.5 * step * k2); k4 = f(p + step * k3)
        p = p + step * (k1 + 2 * k2 + 2 * k3 + k4) / 6
        pts.append(p.copy())
        if np.hypot(*(p - charges[1][0])) < 0.018:
            break
        if not (XMIN - 0.3 < p[0] < XMAX + 0.3 and YMIN - 0.3 < p[1] < YMAX + 0.3):
            break
    return np.array(pts)


fig, ax = plt.subplots(figsize=(6.4, 4.5))
n_lines = 16
for k in range(n_lines):
    a = 2 * np.pi * k / n_lines
    p0 = charges[0][0] + 0.02 * np.array([np.cos(a), np.sin(a)])
    pts = trace(p0)
    ax.plot(pts[:, 0], pts[:, 1], color="tab:blue", lw=1.1)
    # direction arrow part-way along the visible part of the line
    inside = np.where((pts[:, 0] > XMIN) & (pts[:, 0] < XMAX) & (pts[:, 1] > YMIN) & (pts[:, 1] < YMAX))[0]
    s = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(pts[inside], axis=0).T))])
    j = inside[np.searchsorted(s, 0.45 * s[-1])]
    j = max(min(j, len(pts) - 3), 1)
    ax.add_patch(FancyArrowPatch(pts[j], pts[j + 2], arrowstyle="-|>", mutation_scale=11,
                                 color="tab:blue", lw=0))

# charges
ax.add_patch(Circle(charges[0][0], 0.03, facecolor="tab:red", edgecolor="k", zorder=5))
ax.text(0, 0, "+", color="white", fontsize=14, ha="center", va="center", zorder=6, fontweight="bold")
ax.add_patch(Circle(charges[1][0], 0.03, facecolor="tab:blue", edgecolor="k", zorder=5))
ax.text(0.30, 0.002, "−", color="white", fontsize=14, ha="center", va="center", zorder=6, fontweight="bold")
bb = dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.9)
ax.text(-0.02, 0.075, r"q$_1$ = +4.0 μC", fontsize=11, ha="center", va="bottom", bbox=bb, zorder=7)
ax.text(0.33, 0.075, r"q$_2$ = −1.0 μC", fontsize=11, ha="left", va="bottom", bbox=bb, zorder=7)

# x-axis and separation
ax.annotate("", xy=(XMAX - 0.02, 0), xytext=(XMIN + 0.02, 0),
            arrowprops=dict(arrowstyle="-|>", color="gray", lw=0.8), zorder=1)
ax.text(XMAX - 0.03, -0.03, "x", fontsize=12, ha="right", va="top", color="0.3")
ax.add_patch(FancyArrowPatch((0, -0.1), (0.30, -0.1), arrowstyle="<|-|>", mutation_scale=11, color="k", lw=1, zorder=7))
ax.plot([0, 0], [-0.04, -0.13], color="k", lw=0.8, zorder=7)
ax.plot([0.30, 0.30], [-0.04, -0.13], color="k", lw=0.8, zorder=7)
ax.text(0.15, -0.12, "0.30 m", fontsize=11, ha="center", va="top", bbox=bb, zorder=7)

ax.set_aspect("equal")
ax.set_xlim(XMIN, XMAX)
ax.set_ylim(YMIN, YMAX)
ax.axis("off")
ax.set_title("Electric field lines of two point charges", fontsize=13)
