import matplotlib.pyplot as plt
import numpy as np

# Electron in a 1-D box with infinite walls: levels E_n ~ n^2 and wavefunctions
fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = np.linspace(0, 1, 300)
amp = 1.1
colors = ["tab:blue", "tab:orange", "tab:green", "tab:red"]
for n in range(1, 5):
    E = n ** 2
    ax.plot([0, 1], [E, E], color="0.4", lw=1.0, ls="--")
    ax.plot(x, E + amp * np.sin(n * np.pi * x), color=colors[n - 1], lw=1.8)
    ax.text(-0.05, E, f"n = {n}", ha="right", va="center", fontsize=11)

# infinite walls
for xw, side in ((0, -1), (1, 1)):
    ax.plot([xw, xw], [-0.3, 18.5], color="black", lw=2.5)
    ax.fill_betweenx([-0.3, 18.5], xw, xw + 0.06 * side, color="0.75", hatch="///", edgecolor="0.4", lw=0)
ax.text(-0.22, 18.0, "V = ∞", ha="center", fontsize=11)
ax.text(1.22, 18.0, "V = ∞", ha="center", fontsize=11)
ax.text(0.5, 18.0, "V = 0", ha="center", fontsize=11)
ax.plot([0, 1], [-0.3, -0.3], color="black", lw=1.2)

# box length
ax.annotate("", xy=(0, -1.5), xytext=(1, -1.5), arrowprops=dict(arrowstyle="<->", lw=1.3, color="tab:blue"))
ax.text(0.5, -1.8, "L = 1.00 nm", ha="center", va="top", fontsize=12, color="tab:blue")

# emission transition n = 3 -> n = 2
xa = 1.25
ax.annotate("", xy=(xa, 4), xytext=(xa, 9),
            arrowprops=dict(arrowstyle="-|>", lw=2, color="purple", mutation_scale=16))
ax.plot([xa - 0.03, xa + 0.03], [9, 9], color="purple", lw=1.5)
xs = np.linspace(xa + 0.05, xa + 0.38, 200)
ax.plot(xs, 6.5 + 0.35 * np.sin(2 * np.pi * (xs - xa) / 0.06), color="purple", lw=1.2)
ax.annotate("", xy=(xa + 0.45, 6.5), xytext=(xa + 0.37, 6.5),
            arrowprops=dict(arrowstyle="-|>", lw=1.2, color="purple"))
ax.text(xa + 0.08, 6.95, "photon emitted\nλ = ?", ha="left", va="bottom", fontsize=11, color="purple")
for E in (4, 9):  # extend the two levels involved out to the transition arrow
    ax.plot([1.06, xa + 0.04], [E, E], color="0.4", lw=1.0, ls=":")
ax.text(0.5, 20.0, "Electron (e$^-$) in a one-dimensional box", ha="center", fontsize=12)

ax.annotate("", xy=(-0.5, 17.5), xytext=(-0.5, 0), arrowprops=dict(arrowstyle="-|>", color="0.3"))
ax.text(-0.55, 8.5, "Energy", rotation=90, ha="right", va="center", fontsize=11, color="0.3")

ax.set_xlim(-0.75, 1.8)
ax.set_ylim(-3.0, 21.0)
ax.axis("off")
