import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch

fig, ax = plt.subplots(figsize=(6.4, 4.6))
LW = 1.8


def wire(*pts):
    xs, ys = zip(*pts)
    ax.plot(xs, ys, color="k", lw=LW, solid_capstyle="round")


def resistor(p0, p1, nz=6, amp=0.18):
    """Zig-zag resistor between p0 and p1 (horizontal or vertical)."""
    p0, p1 = np.array(p0, float), np.array(p1, float)
    d = p1 - p0
    L = np.hypot(*d)
    u = d / L
    nvec = np.array([-u[1], u[0]])
    lead = 0.15 * L
    pts = [p0, p0 + u * lead]
    body = L - 2 * lead
    for k in range(2 * nz):
        s = lead + body * (k + 0.5) / (2 * nz)
        pts.append(p0 + u * s + nvec * amp * (1 if k % 2 == 0 else -1))
    pts += [p1 - u * lead, p1]
    xs, ys = zip(*pts)
    ax.plot(xs, ys, color="k", lw=LW)


# nodes
xl, xm, xr = 0.0, 4.0, 6.5
yb, yt = 0.0, 4.0

# battery on the left branch (long plate = positive terminal, at the top)
yc = 2.0
wire((xl, yb), (xl, yc - 0.15))
wire((xl, yc + 0.15), (xl, yt))
ax.plot([xl - 0.45, xl + 0.45], [yc + 0.15, yc + 0.15], color="k", lw=2.0)   # long plate (+)
ax.plot([xl - 0.22, xl + 0.22], [yc - 0.15, yc - 0.15], color="k", lw=4.0)   # short plate (-)
ax.text(xl + 0.55, yc + 0.32, "+", fontsize=13, ha="left", va="center")
ax.text(xl + 0.55, yc - 0.32, "−", fontsize=13, ha="left", va="center")
ax.text(xl - 0.6, yc, "12 V", fontsize=13, ha="right", va="center")

# top wire with R1
resistor((xl, yt), (xm, yt))
ax.text((xl + xm) / 2, yt + 0.35, "R₁ = 4.0 Ω", fontsize=12, ha="center", va="bottom")
wire((xm, yt), (xr, yt))

# parallel branches R2 (at xm) and R3 (at xr)
resistor((xm, yt), (xm, yb))
ax.text(xm - 0.35, 2.0, "R₂ = 6.0 Ω", fontsize=12, ha="right", va="center")
resistor((xr, yt), (xr, yb))
ax.text(xr + 0.35, 2.0, "R₃ = 3.0 Ω", fontsize=12, ha="left", va="center")

# bottom return wire
wire((xl, yb), (xr, yb))
for x in (xm,):
    ax.plot(x, yt, "ko", ms=6)
    ax.plot(x, yb, "ko", ms=6)

# unknown current through R3
ax.add_patch(FancyArrowPatch((xr + 0.3, 3.9), (xr + 0.3, 3.35), arrowstyle="-|>", mutation_scale=14, color="tab:red", lw=1.6))
ax.text(xr + 0.45, 3.62, "I₃ = ?", fontsize=12, color="tab:red", ha="left", va="center")

ax.set_aspect("equal")
ax.set_xlim(-1.9, 8.9)
ax.set_ylim(-0.7, 5.0)
ax.axis("off")
ax.set_title("Series–parallel resistor circuit", fontsize=13)
