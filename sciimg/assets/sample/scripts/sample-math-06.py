import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Rectangle

# Venn diagram: class of 40 students; French 25, Spanish 16, both 6.
fig, ax = plt.subplots(figsize=(6, 4.5))
ax.add_patch(Rectangle((0, 0), 10, 7, fill=False, lw=2, color="black"))
ax.text(0.25, 6.65, "Class: 40 students", fontsize=12, ha="left", va="top", fontweight="bold")

ax.add_patch(Circle((3.9, 3.2), 2.3, fc="#9ecae1", ec="navy", lw=2, alpha=0.55))
ax.add_patch(Circle((6.1, 3.2), 2.3, fc="#fdae6b", ec="darkorange", lw=2, alpha=0.55))

ax.text(2.6, 5.75, "French: 25", fontsize=13, color="navy", ha="center", va="center")
ax.text(7.4, 5.75, "Spanish: 16", fontsize=13, color="saddlebrown", ha="center", va="center")
ax.text(5.0, 3.2, "Both:\n6", fontsize=12, ha="center", va="center", fontweight="bold")

ax.set_aspect("equal")
ax.set_xlim(-0.2, 10.2)
ax.set_ylim(-0.2, 7.2)
ax.axis("off")
