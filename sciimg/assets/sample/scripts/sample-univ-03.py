import matplotlib.pyplot as plt
from matplotlib.patches import Circle

# Undirected weighted network; numbers are edge lengths.
pos = {"A": (0.0, 1.2), "B": (2.2, 2.6), "C": (2.2, -0.2), "D": (4.8, 2.6), "E": (6.6, 1.2)}
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5),
         ("C", "D", 8), ("C", "E", 10), ("D", "E", 2)]
label_shift = {}

fig, ax = plt.subplots(figsize=(6.5, 4.5))
for u, v, w in edges:
    (x1, y1), (x2, y2) = pos[u], pos[v]
    ax.plot([x1, x2], [y1, y2], color="dimgray", lw=2, zorder=1)
    dx, dy = label_shift.get((u, v), (0, 0))
    ax.text((x1 + x2) / 2 + dx, (y1 + y2) / 2 + dy, str(w), fontsize=13, fontweight="bold",
            color="darkred", ha="center", va="center",
            bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="darkred", lw=0.8), zorder=3)

for name, (x, y) in pos.items():
    ax.add_patch(Circle((x, y), 0.36, fc="#cfe2f3", ec="navy", lw=2, zorder=4))
    ax.text(x, y, name, fontsize=15, fontweight="bold", ha="center", va="center", zorder=5)

ax.text(0.0, 1.85, "start", fontsize=10, style="italic", ha="center", color="navy")
ax.text(6.6, 1.85, "end", fontsize=10, style="italic", ha="center", color="navy")
ax.set_aspect("equal")
ax.set_xlim(-0.7, 7.3)
ax.set_ylim(-0.9, 3.3)
ax.axis("off")
