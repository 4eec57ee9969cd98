import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as patches


def draw_diagram():
    # Labelled diagram of a typical animal cell
    fig, ax = plt.subplots(figsize=(8, 6))
    rng = np.random.default_rng(0)

    # Cell membrane and cytoplasm
    membrane = patches.Ellipse((0, 0), 8, 6, facecolor='#fde8d7', edgecolor='#c0392b',
                               linewidth=3)
    ax.add_patch(membrane)

    # Nucleus with nuclear envelope and nucleolus
    ax.add_patch(patches.Circle((0.3, 0.2), 1.3, facecolor='#c9b3e6', edgecolor='#5b2c83',
                                linewidth=2.5))
    ax.add_patch(patches.Circle((0.6, 0.4), 0.4, facecolor='#5b2c83', edgecolor='none'))

    # Mitochondria (ellipses with cristae)
    for (x, y, ang) in [(-2.4, 1.0, 30), (2.3, -1.3, -20), (-1.6, -1.7, 70)]:
        ax.add_patch(patches.Ellipse((x, y), 1.1, 0.5, angle=ang, facecolor='#f5b041',
                                     edgecolor='#9c640c', linewidth=1.5))
        t = np.linspace(-0.4, 0.4, 5)
        r = np.radians(ang)
        xs = x + t * np.cos(r)
        ys = y + t * np.sin(r) + 0.08 * np.sin(12 * t)
        ax.plot(xs, ys, color='#9c640c', linewidth=1)

    # Rough endoplasmic reticulum (wavy lines near the nucleus)
    s = np.linspace(0, np.pi, 60)
    for k, rad in enumerate([1.7, 1.95, 2.2]):
        xs = 0.3 + rad * np.cos(s + np.pi / 2)
        ys = 0.2 + rad * np.sin(s + np.pi / 2) * 0.9 + 0.05 * np.sin(25 * s)
        ax.plot(xs, ys, color='#2e86c1', linewidth=1.3)

    # Golgi apparatus (stacked arcs)
    for i in range(4):
        arc = patches.Arc((2.6, 1.2), 1.4 - 0.2 * i, 0.8 - 0.1 * i, theta1=200, theta2=340,
                          color='#229954', linewidth=2.5)
        ax.add_patch(arc)

    # Free ribosomes (random dots in the cytoplasm)
    pts = rng.uniform(-3.5, 3.5, size=(120, 2))
    pts[:, 1] *= 0.75
    inside = (pts[:, 0] / 3.8) ** 2 + (pts[:, 1] / 2.8) ** 2 < 1
    far = np.hypot(pts[:, 0] - 0.3, pts[:, 1] - 0.2) > 2.4
    pts = pts[inside & far]
    ax.scatter(pts[:, 0], pts[:, 1], s=4, color='#34495e')

    # Labels with leader lines
    labels = [
        ('Cell membrane', (3.55, 1.45), (4.6, 2.6)),
        ('Cytoplasm', (-3.0, -0.4), (-5.2, -0.6)),
        ('Nucleus', (-0.5, -0.6), (-1.0, -3.8)),
        ('Nucleolus', (0.7, 0.5), (1.2, 3.6)),
        ('Mitochondrion', (-2.4, 1.0), (-5.0, 2.4)),
        ('Rough ER', (-1.45, 1.2), (-2.6, 3.6)),
        ('Golgi apparatus', (2.6, 0.9), (4.6, 0.2)),
        ('Ribosomes', (2.0, -2.1), (3.6, -3.5)),
    ]
    for text, xy, xytext in labels:
        ax.annotate(text, xy=xy, xytext=xytext, fontsize=11, ha='center', va='center',
                    arrowprops=dict(arrowstyle='-', color='black', lw=0.8))

    ax.set_xlim(-6.2, 6.2)
    ax.set_ylim(-4.3, 4.2)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Structure of an animal cell', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
