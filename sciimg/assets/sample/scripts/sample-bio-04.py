import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse, Rectangle

# Transcription of a DNA template strand by RNA polymerase
fig, ax = plt.subplots(figsize=(7, 4.6))
template = "TACGGACTTACCATT"
colors = {"A": "#e76f51", "T": "#2a9d8f", "G": "#e9c46a", "C": "#8ab17d"}
w, gap = 0.42, 0.18


def xpos(k):
    return k * w + (k // 3) * gap      # small gap between triplets


# RNA polymerase (translucent) sitting at the start of the template
ax.add_patch(Ellipse((xpos(2) + w / 2, 0.35), 2.4, 1.9, facecolor="#9fb8e8", edgecolor="#3556a3",
                     lw=1.5, alpha=0.45, zorder=1))
ax.annotate("RNA polymerase", xy=(0.15, -0.3), xytext=(-0.45, -0.85), ha="right", va="center", fontsize=10.5,
            color="#1f3a7a", arrowprops=dict(arrowstyle="-", color="#1f3a7a", lw=0.8))

# template strand: backbone + bases
x_end = xpos(len(template) - 1) + w
ax.plot([-0.15, x_end + 0.15], [-0.02, -0.02], color="0.2", lw=3, zorder=2)
for k, b in enumerate(template):
    ax.add_patch(Rectangle((xpos(k), 0.0), w, 0.5, facecolor=colors[b], edgecolor="black", lw=1, zorder=3))
    ax.text(xpos(k) + w / 2, 0.25, b, ha="center", va="center", fontsize=12, fontweight="bold", zorder=4)
ax.text(-0.3, 0.1, "3'", ha="right", va="center", fontsize=13, fontweight="bold")
ax.text(x_end + 0.3, 0.1, "5'", ha="left", va="center", fontsize=13, fontweight="bold")
ax.text(x_end / 2 + 0.9, -0.7, "DNA template strand   3'-TAC GGA CTT ACC ATT-5'", ha="center", va="top",
        fontsize=11)

# nascent mRNA leaving the polymerase (5' end trails behind)
t = np.linspace(0, 1, 100)
mx = xpos(2) - 0.1 - 1.9 * t
my = 1.3 + 0.9 * t + 0.12 * np.sin(6 * np.pi * t)
ax.plot(mx, my, color="#c0392b", lw=2.5, zorder=2)
ax.text(mx[-1] - 0.1, my[-1], "5'", ha="right", va="center", fontsize=12, fontweight="bold", color="#c0392b")
ax.text(mx[-1] + 0.1, my[-1] + 0.45, "mRNA: 5'-?-3'", ha="left", va="bottom", fontsize=11,
        color="#c0392b")

# direction of transcription
ax.annotate("", xy=(xpos(11), 1.35), xytext=(xpos(5), 1.35),
            arrowprops=dict(arrowstyle="-|>", color="black", lw=1.6, mutation_scale=16))
ax.text((xpos(5) + xpos(11)) / 2, 1.5, "direction of transcription", ha="center", va="bottom", fontsize=10.5)

ax.text(x_end / 2, -1.35, "amino-acid sequence of the polypeptide = ?", ha="center", va="top",
        fontsize=11, color="purple")

ax.set_xlim(-2.4, x_end + 0.9)
ax.set_ylim(-1.9, 3.2)
ax.set_aspect("equal")
ax.axis("off")
