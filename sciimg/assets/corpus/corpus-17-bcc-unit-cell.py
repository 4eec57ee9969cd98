import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # Body-centred cubic (BCC) unit cell of iron, lattice constant a = 0.287 nm.
    # Corner atoms contribute 1/8 each, the body-centre atom contributes 1.
    a = 1.0

    fig = plt.figure(figsize=(6, 6))
    ax = fig.add_subplot(111, projection='3d')

    # Cube edges
    corners = np.array([[x, y, z] for x in (0, a) for y in (0, a) for z in (0, a)])
    for i in range(len(corners)):
        for j in range(i + 1, len(corners)):
            if np.sum(np.abs(corners[i] - corners[j])) == a:
                ax.plot(*zip(corners[i], corners[j]), color='black', linewidth=1.5)

    # Corner atoms
    ax.scatter(corners[:, 0], corners[:, 1], corners[:, 2], s=500, c='steelblue',
               edgecolors='black', depthshade=False, alpha=0.95)

    # Body-centre atom
    ax.scatter([a / 2], [a / 2], [a / 2], s=700, c='firebrick', edgecolors='black',
               depthshade=False)

    # Body diagonal (atoms touch along it: 4r = sqrt(3) a)
    ax.plot([0, a], [0, a], [0, a], color='darkorange', linestyle='--', linewidth=2)
    ax.text2D(0.02, 0.80, r'Body diagonal: $\sqrt{3}\,a = 4r$', transform=ax.transAxes,
              color='darkorange', fontsize=12)

    # Edge length label
    ax.text(a / 2, -0.18, -0.1, 'a = 0.287 nm', fontsize=12, ha='center')

    # Annotations
    ax.text2D(0.02, 0.95, 'Corner atoms: 8 × 1/8 = 1', transform=ax.transAxes,
              fontsize=11, color='steelblue')
    ax.text2D(0.02, 0.90, 'Body centre: 1 × 1 = 1', transform=ax.transAxes,
              fontsize=11, color='firebrick')
    ax.text2D(0.02, 0.85, 'Atoms per unit cell = 2', transform=ax.transAxes,
              fontsize=11, fontweight='bold')

    ax.set_xlim(-0.2, 1.2)
    ax.set_ylim(-0.2, 1.2)
    ax.set_zlim(-0.2, 1.2)
    ax.set_box_aspect((1, 1, 1))
    ax.view_init(elev=20, azim=-60)
    ax.set_axis_off()
    ax.set_title('Body-centred cubic unit cell (Fe)', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
