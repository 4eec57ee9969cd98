import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as patches


def draw_diagram():
    # Orbital box (arrow-in-box) diagram for iron, Fe (Z = 26):
    # 1s2 2s2 2p6 3s2 3p6 4s2 3d6
    subshells = [
        ('1s', 1, 2), ('2s', 1, 2), ('2p', 3, 6), ('3s', 1, 2),
        ('3p', 3, 6), ('4s', 1, 2), ('3d', 5, 6),
    ]
    # Approximate energy levels (vertical positions)
    energy = {'1s': 0.0, '2s': 1.2, '2p': 1.9, '3s': 3.0, '3p': 3.7, '4s': 4.7, '3d': 5.2}
    x_start = {'1s': 0.0, '2s': 0.0, '2p': 1.6, '3s': 0.0, '3p': 1.6, '4s': 0.0, '3d': 4.6}

    fig, ax = plt.subplots(figsize=(7, 6))
    w, h = 0.6, 0.5

    for name, n_orb, n_e in subshells:
        y = energy[name]
        x0 = x_start[name]
        # Fill electrons following Hund's rule: singly first, then pair up
        up = [1 if i < min(n_e, n_orb) else 0 for i in range(n_orb)]
        down = [1 if i < max(0, n_e - n_orb) else 0 for i in range(n_orb)]
        for i in range(n_orb):
            x = x0 + i * w
            ax.add_patch(patches.Rectangle((x, y), w, h, fill=False, edgecolor='black',
                                           linewidth=1.5))
            if up[i]:
                ax.annotate('', xy=(x + 0.2, y + h - 0.05), xytext=(x + 0.2, y + 0.05),
                            arrowprops=dict(arrowstyle='-|>', color='tab:red', lw=1.5))
            if down[i]:
                ax.annotate('', xy=(x + 0.4, y + 0.05), xytext=(x + 0.4, y + h - 0.05),
                            arrowprops=dict(arrowstyle='-|>', color='tab:blue', lw=1.5))
        ax.text(x0 - 0.15, y + h / 2, name, ha='right', va='center', fontsize=12,
                fontweight='bold')

    # Energy axis
    ax.annotate('', xy=(-1.3, 6.2), xytext=(-1.3, -0.2),
                arrowprops=dict(arrowstyle='->', lw=1.5))
    ax.text(-1.45, 3.0, 'Energy', rotation=90, ha='right', va='center', fontsize=12)

    ax.text(4.6, 5.95, '4 unpaired electrons', fontsize=10, color='dimgray')
    ax.text(2.0, -0.8, r'Fe: $1s^2\,2s^2\,2p^6\,3s^2\,3p^6\,4s^2\,3d^6$',
            ha='center', fontsize=13)

    ax.set_xlim(-2.0, 8.0)
    ax.set_ylim(-1.2, 6.5)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Orbital box diagram of iron (Z = 26)', fontsize=13)

    plt.tight_layout()
    plt.show()
    plt.close(fig)


if __name__ == "__main__":
    draw_diagram()
