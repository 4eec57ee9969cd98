import matplotlib.pyplot as plt

# Five measured (x, y) data points (no fitted line drawn: the fit is the unknown).
pts = [(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)]

fig, ax = plt.subplots(figsize=(6, 4.5))
xs = [p[0] for p in pts]
ys = [p[1] for p in pts]
ax.scatter(xs, ys, s=70, color="darkorange", edgecolor="black", zorder=3)
for x, y in pts:
    ax.annotate(f"({x}, {y})", (x, y), textcoords="offset points", xytext=(0, 10),
                ha="center", va="bottom", fontsize=11)
ax.set_xlim(0, 6)
ax.set_ylim(0, 6.5)
ax.set_xticks(range(0, 7))
ax.set_yticks(range(0, 7))
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Measured data")
ax.grid(True, color="0.88", lw=0.8)
ax.set_axisbelow(True)
