import matplotlib.pyplot as plt

# 3 x 3 matrix M shown as a grid with row/column headers.
M = [[2, -1, 0],
     [1, 3, 2],
     [0, 1, 4]]

fig, ax = plt.subplots(figsize=(6, 4.5))
n = 3
for i in range(n):
    for j in range(n):
        x, y = j, n - 1 - i
        ax.add_patch(plt.Rectangle((x, y), 1, 1, fc="#f7f7f7" if (i + j) % 2 else "#e6eef7",
                                   ec="black", lw=1.5))
        ax.text(x + 0.5, y + 0.5, str(M[i][j]), fontsize=20, ha="center", va="center")
for j in range(n):
    ax.text(j + 0.5, n + 0.25, f"Col {j + 1}", fontsize=12, ha="center", va="center", color="dimgray")
for i in range(n):
    ax.text(-0.5, n - 1 - i + 0.5, f"Row {i + 1}", fontsize=12, ha="center", va="center", color="dimgray")
ax.text(-1.45, 1.5, "M =", fontsize=20, ha="center", va="center")
ax.text(1.5, -0.45, "det(M) = ?", fontsize=15, ha="center", va="center", color="crimson")

ax.set_aspect("equal")
ax.set_xlim(-2.0, 3.4)
ax.set_ylim(-0.9, 3.6)
ax.axis("off")
