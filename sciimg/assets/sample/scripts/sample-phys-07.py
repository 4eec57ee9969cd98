import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch

RE = 6370.0      # km
h = 600.0        # km
r = RE + h

fig, ax = plt.subplots(figsize=(6.2, 5.0))
ax.add_patch(Circle((0, 0), RE, facecolor="#9cc3e6", edgecolor="#2f6ea5", lw=1.5))
ph = np.linspace(0, 2 * np.pi, 400)
ax.plot(r * np.cos(ph), r * np.sin(ph), color="k", ls="--", lw=1.2)
ax.plot(0, 0, "k.", ms=6)
ax.text(0, 2600, "Earth", fontsize=13, ha="center", va="center", color="#1f4e79")
ax.text(0, -1600, r"M$_E$ = 5.97 × 10$^{24}$ kg", fontsize=11, ha="center", va="top", color="#1f4e79")

# Earth radius
ax.add_patch(FancyArrowPatch((0, 0), (-RE, 0), arrowstyle="-|>", mutation_scale=14, color="k", lw=1.2))
ax.text(-RE / 2, 250, r"R$_E$ = 6370 km", fontsize=11, ha="center", va="bottom")

# satellite at angle 45 deg
b = np.radians(45)
S = r * np.array([np.cos(b), np.sin(b)])
ax.add_patch(Circle(S, 220, facecolor="tab:orange", edgecolor="k", zorder=5))
ax.text(S[0] + 250, S[1] + 250, "satellite", fontsize=11, ha="left", va="bottom")
# velocity (tangent, counterclockwise)
tvec = np.array([-np.sin(b), np.cos(b)])
ax.add_patch(FancyArrowPatch(S, S + 3600 * tvec, arrowstyle="-|>", mutation_scale=16, color="tab:red", lw=2, zorder=6))
vp = S + 3600 * tvec
ax.text(vp[0] - 150, vp[1] + 150, "v", fontsize=12, color="tab:red", ha="right", va="bottom")

# altitude marker along a radial line at angle -30 deg
c = np.radians(-20)
e = np.array([np.cos(c), np.sin(c)])
P1, P2 = RE * e, r * e
ax.plot(*zip(P1 - 0 * e, P2 + 900 * e), color="gray", lw=0.6, ls=":")
ax.annotate("", xy=P2, xytext=P2 + 1100 * e, arrowprops=dict(arrowstyle="-|>", color="k", lw=1))
ax.annotate("", xy=P1, xytext=P1 - 1100 * e, arrowprops=dict(arrowstyle="-|>", color="k", lw=1))
ax.text(P2[0] + 1300, P2[1] - 350, "h = 600 km", fontsize=11, ha="left", va="center")

ax.text(-6600, 8100, "circular orbit\nperiod T = ?", fontsize=11, ha="center", va="center")
ax.text(7600, -8300, "G = 6.67 × 10$^{-11}$ N·m$^2$/kg$^2$", fontsize=9.5, ha="center", va="center", color="0.25")

ax.set_aspect("equal")
lim = r + 2100
ax.set_xlim(-lim, lim + 2300)
ax.set_ylim(-lim, lim)
ax.axis("off")
ax.set_title("Satellite in a circular orbit around Earth (to scale)", fontsize=12)
