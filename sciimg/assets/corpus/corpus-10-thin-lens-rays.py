import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, Ellipse


def draw_diagram():
    # An object 3 cm tall is placed 25 cm in front of a converging lens
    # of focal length f = 10 cm. Draw the ray diagram and locate the image.
    f = 10.0
    u = 25.0
    h_o = 3.0
    v = 1 / (1 / f - 1 / u)          # image distance (16.7 cm)
    h_i = -h_o * v / u               # image height (-2 cm)

    fig, ax = plt.subplots(figsize=(8, 5))

    # Principal axis
    ax.axhline(0, color='black', linewidth=1)

    # Lens (thin ellipse) with arrow heads
    ax.add_patch(Ellipse((0, 0), 1.2, 9, facecolor='lightblue', edgecolor='steelblue',
                         alpha=0.6, linewidth=1.5))
    ax.annotate('', xy=(0, 4.8), xytext=(0, -4.8),
                arrowprops=dict(arrowstyle='<->', color='steelblue', lw=1.5))

    # Focal points
    for xf, lab in [(-f, 'F'), (f, "F'"), (-2 * f, '2F'), (2 * f, "2F'")]:
        ax.plot(xf, 0, 'ko', markersize=4)
        ax.text(xf, -0.6, lab, ha='center', fontsize=11)

    # Object and image arrows
    ax.add_patch(FancyArrowPatch((-u, 0), (-u, h_o), arrowstyle='-|>', mutation_scale=18,
                                 color='green', linewidth=2.5))
    ax.add_patch(FancyArrowPatch((v, 0), (v, h_i), arrowstyle='-|>', mutation_scale=18,
                                 color='red', linewidth=2.5))
    ax.text(-u, h_o + 0.3, 'Object\n3 cm', ha='center', fontsize=10, color='green')
    ax.text(v + 0.5, h_i - 0.2, 'Image', ha='left', fontsize=10, color='red')

    # Ray 1: parallel to axis, then through F'
    ax.plot([-u, 0], [h_o, h_o], color='orange', linewidth=1.3)
    ax.plot([0, v], [h_o, h_i], color='orange', linewidth=1.3)
    # Ray 2: through optical centre
    ax.plot([-u, v], [h_o, h_i], color='magenta', linewidth=1.3)
    # Ray 3: through F, then parallel
    ax.plot([-u, 0], [h_o, h_i], color='tab:blue', linewidth=1.3)
    ax.plot([0, v], [h_i, h_i], color='tab:blue', linewidth=1.3)

    # Direction arrows on the rays
    for (x0, y0, x1, y1, c) in [(-u, h_o, -12, h_o, 'orange'),
                                (-u, h_o, -12, h_o - (h_o - h_i) * 13 / (u + v), 'magenta')]:
        ax.annotate('', xy=(x1, y1), xytext=(x0, y0),
                    arrowprops=dict(arrowstyle='->', color=c, lw=1.3))

    # Distances
    ax.annotate('', xy=(0, -4.2), xytext=(-u, -4.2), arrowprops=dict(arrowstyle='<->'))
    ax.text(-u / 2, -4.0, 'u = 25 cm', ha='center', fontsize=11)
    ax.annotate('', xy=(v, -4.2), xytext=(0, -4.2), arrowprops=dict(arrowstyle='<->'))
    ax.text(v / 2, -4.0, f'v = {v:.1f} cm', ha='center', fontsize=11)
    ax.text(3, 4.3, 'f = 10 cm', fontsize=11, color='steelblue')

    ax.set_xlim(-30, 25)
    ax.set_ylim(-5, 5.2)
    ax.axis('off')
    ax.set_title('Ray diagram for a converging lens', fontsize=13)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
