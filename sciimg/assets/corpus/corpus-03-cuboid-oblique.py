import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # Cuboid ABCDEFGH with length 6 cm, width 4 cm and height 3 cm.
    # Find the length of the space diagonal AG.
    L, W, H = 6.0, 4.0, 3.0

    # Oblique projection: depth drawn at 45 degrees, scaled by 0.5
    k = 0.5
    ang = np.radians(45)
    dx, dy = k * W * np.cos(ang), k * W * np.sin(ang)

    def proj(x, y, z):
        return np.array([x + k * y * np.cos(ang), z + k * y * np.sin(ang)])

    P = {
        'A': proj(0, 0, 0), 'B': proj(L, 0, 0), 'C': proj(L, W, 0), 'D': proj(0, W, 0),
        'E': proj(0, 0, H), 'F': proj(L, 0, H), 'G': proj(L, W, H), 'H': proj(0, W, H),
    }

    fig, ax = plt.subplots(figsize=(7, 5.5))

    visible = [('A', 'B'), ('B', 'C'), ('A', 'E'), ('B', 'F'), ('C', 'G'),
               ('E', 'F'), ('F', 'G'), ('G', 'H'), ('H', 'E')]
    hidden = [('A', 'D'), ('D', 'C'), ('D', 'H')]

    for p, q in visible:
        ax.plot(*zip(P[p], P[q]), color='black', linewidth=2)
    for p, q in hidden:
        ax.plot(*zip(P[p], P[q]), color='gray', linewidth=1.5, linestyle='--')

    # Space diagonal AG and face diagonal AC
    ax.plot(*zip(P['A'], P['G']), color='red', linewidth=2)
    ax.plot(*zip(P['A'], P['C']), color='blue', linewidth=1.5, linestyle=':')

    offsets = {'A': (-0.35, -0.35), 'B': (0.15, -0.35), 'C': (0.15, -0.1), 'D': (-0.4, 0.05),
               'E': (-0.4, 0.0), 'F': (0.0, 0.15), 'G': (0.15, 0.1), 'H': (-0.2, 0.15)}
    for name, pt in P.items():
        ax.text(pt[0] + offsets[name][0], pt[1] + offsets[name][1], name,
                fontsize=14, fontweight='bold')

    # Dimension labels
    ax.text(L / 2, -0.55, '6 cm', fontsize=12, ha='center')
    mid_BC = (P['B'] + P['C']) / 2
    ax.text(mid_BC[0] + 0.25, mid_BC[1] - 0.2, '4 cm', fontsize=12)
    ax.text(-0.3, H / 2, '3 cm', fontsize=12, ha='right', va='center')

    mid_AG = (P['A'] + P['G']) / 2
    ax.text(mid_AG[0] - 0.3, mid_AG[1] + 0.35, 'AG = ?', fontsize=12, color='red')

    ax.set_xlim(-1.5, L + dx + 1)
    ax.set_ylim(-1, H + dy + 1)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Cuboid 6 cm × 4 cm × 3 cm', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
