import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle


def draw_diagram():
    # Ball-and-stick model of ethanol, CH3CH2OH (2-D projection)
    atoms = {
        'C1': ('C', (0.0, 0.0)),
        'C2': ('C', (1.5, 0.0)),
        'O':  ('O', (2.3, 1.2)),
        'Ho': ('H', (3.3, 1.2)),
        'H1': ('H', (-0.6, 0.95)),
        'H2': ('H', (-0.85, -0.6)),
        'H3': ('H', (0.1, -1.1)),
        'H4': ('H', (1.4, -1.1)),
        'H5': ('H', (2.3, -0.6)),
    }
    bonds = [('C1', 'C2'), ('C2', 'O'), ('O', 'Ho'), ('C1', 'H1'), ('C1', 'H2'),
             ('C1', 'H3'), ('C2', 'H4'), ('C2', 'H5')]

    style = {
        'C': dict(color='#404040', radius=0.32, text='white'),
        'O': dict(color='#e03030', radius=0.30, text='white'),
        'H': dict(color='#f4f4f4', radius=0.20, text='black'),
    }

    fig, ax = plt.subplots(figsize=(7, 5))

    # Bonds first so the atoms sit on top
    for a, b in bonds:
        p, q = np.array(atoms[a][1]), np.array(atoms[b][1])
        ax.plot([p[0], q[0]], [p[1], q[1]], color='#888888', linewidth=6,
                solid_capstyle='round', zorder=1)

    for key, (el, pos) in atoms.items():
        s = style[el]
        ax.add_patch(Circle(pos, s['radius'], facecolor=s['color'], edgecolor='black',
                            linewidth=1.2, zorder=2))
        ax.text(pos[0], pos[1], el, ha='center', va='center', fontsize=13,
                fontweight='bold', color=s['text'], zorder=3)

    # Lone pairs on oxygen
    O = np.array(atoms['O'][1])
    for ang in (100, 140):
        r = np.radians(ang)
        center = O + 0.48 * np.array([np.cos(r), np.sin(r)])
        perp = 0.07 * np.array([-np.sin(r), np.cos(r)])
        for sgn in (-1, 1):
            ax.plot(*(center + sgn * perp), 'ko', markersize=3)

    # Bond length annotation
    ax.annotate('', xy=(1.5, -1.6), xytext=(0.0, -1.6),
                arrowprops=dict(arrowstyle='<->', color='tab:blue'))
    ax.text(0.75, -1.75, 'C–C = 154 pm', ha='center', va='top', fontsize=11, color='tab:blue')
    ax.text(2.95, 0.55, 'O–H = 96 pm', fontsize=11, color='tab:red')
    ax.text(2.6, 1.75, r'$\angle$C–O–H ≈ 109°', fontsize=10, color='dimgray')

    # Legend for atom colours
    for i, el in enumerate(['C', 'O', 'H']):
        ax.add_patch(Circle((3.1, -0.8 - 0.42 * i), 0.13, facecolor=style[el]['color'],
                            edgecolor='black'))
        ax.text(3.32, -0.8 - 0.42 * i, {'C': 'carbon', 'O': 'oxygen', 'H': 'hydrogen'}[el],
                va='center', fontsize=10)

    ax.set_xlim(-1.6, 4.6)
    ax.set_ylim(-2.2, 2.2)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title(r'Ethanol, $\mathrm{C_2H_5OH}$', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
