import matplotlib.pyplot as plt
import numpy as np

# Cylinder (r = 3 cm, h = 5 cm) topped by a cone (same base radius, height 4 cm).
r, h_cyl, h_cone = 3.0, 5.0, 4.0
b = 0.33 * r  # semi-minor axis of the ellipses (oblique view)

fig, ax = plt.subplots(figsize=(6, 4.5))
t_front = np.linspace(np.pi, 2 * np.pi, 200)
t_back = np.linspace(0, np.pi, 200)

def ellipse(yc, t):
    return r * np.cos(t), yc + b * np.sin(t)

# body fill
xs = np.concatenate([[-r], ellipse(0, t_front)[0], [r, 0, -r]])
ys = np.concatenate([[h_cyl], ellipse(0, t_front)[1], [h_cyl, h_cyl + h_cone, h_cyl]])
ax.fill(xs, ys, color="#e3ecd9", zorder=0)

# bottom base: front solid, back dashed
ax.plot(*ellipse(0, t_front), color="black", lw=1.8)
ax.plot(*ellipse(0, t_back), color="black", lw=1.2, ls="--")
# junction circle between cylinder and cone
ax.plot(*ellipse(h_cyl, t_front), color="black", lw=1.8)
ax.plot(*ellipse(h_cyl, t_back), color="black", lw=1.2, ls="--")
# cylinder sides
ax.plot([-r, -r], [0, h_cyl], color="black", lw=1.8)
ax.plot([r, r], [0, h_cyl], color="black", lw=1.8)
# cone sides
ax.plot([-r, 0, r], [h_cyl, h_cyl + h_cone, h_cyl], color="black", lw=1.8)

# radius on the base
ax.plot([0, r], [0, 0], color="navy", lw=1.5, ls="--")
ax.plot(0, 0, "o", color="navy", ms=3)
ax.text(r / 2, 0.35, "3 cm", color="navy", fontsize=12, ha="center", va="center")

# cone axis (height), dashed, with right-angle mark
ax.plot([0, 0], [h_cyl, h_cyl + h_cone], color="gray", lw=1.2, ls="--")
ax.plot([0, 0.3, 0.3], [h_cyl + 0.3, h_cyl + 0.3, h_cyl], color="gray", lw=1)

# dimension arrows
def dim(x, y0, y1, label, side):
    ax.annotate("", xy=(x, y0), xytext=(x, y1),
                arrowprops=dict(arrowstyle="<->", color="darkred", lw=1.4))
    ax.plot([x - 0.15, x + 0.15], [y0, y0], color="darkred", lw=1)
    ax.plot([x - 0.15, x + 0.15], [y1, y1], color="darkred", lw=1)
    ha = "left" if side > 0 else "right"
    ax.text(x + 0.25 * side, (y0 + y1) / 2, label, color="darkred", fontsize=12, ha=ha, va="center")

dim(r + 0.9, 0, h_cyl, "5 cm", +1)
dim(-r - 0.9, h_cyl, h_cyl + h_cone, "4 cm", -1)
ax.plot([-r - 1.05, 0], [h_cyl + h_cone] * 2, color="darkred", lw=0.6, ls=":")
ax.plot([-r - 1.05, -r], [h_cyl] * 2, color="darkred", lw=0.6, ls=":")
ax.text(1.0, 6.1, "cone", fontsize=11, style="italic", color="dimgray", ha="center")
ax.text(0, 2.6, "cylinder", fontsize=11, style="italic", color="dimgray", ha="center")

ax.set_aspect("equal")
ax.set_xlim(-6.2, 6.2)
ax.set_ylim(-1.6, 9.6)
ax.axis("off")
