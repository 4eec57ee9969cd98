import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as patches


def draw_diagram():
    # In a class of 40 students, 22 study Mathematics, 18 study Physics
    # and 15 study Chemistry. 9 study M and P, 7 study P and C, 6 study M and C,
    # and 3 study all three subjects.
    total = 40
    M, P, C = 22, 18, 15
    MP, PC, MC, MPC = 9, 7, 6, 3

    only_MP = MP - MPC
    only_PC = PC - MPC
    only_MC = MC - MPC
    only_M = M - only_MP - only_MC - MPC
    only_P = P - only_MP - only_PC - MPC
    only_C = C - only_PC - only_MC - MPC
    none = total - (only_M + only_P + only_C + only_MP + only_PC + only_MC + MPC)

    fig, ax = plt.subplots(figsize=(7, 6))

    # Universal set
    universe = patches.Rectangle((-4.2, -3.9), 8.4, 7.9, fill=False, edgecolor='black', linewidth=2)
    ax.add_patch(universe)
    ax.text(-4.0, 3.6, r'$U$ (40 students)', fontsize=13, va='top')

    # Three sets
    circles = [
        ((-1.1, 0.7), 'tab:blue', 'M (Maths)', (-3.1, 2.5)),
        ((1.1, 0.7), 'tab:red', 'P (Physics)', (1.6, 2.5)),
        ((0.0, -1.2), 'tab:green', 'C (Chemistry)', (-1.0, -3.6)),
    ]
    for center, color, label, pos in circles:
        ax.add_patch(patches.Circle(center, 2.0, facecolor=color, alpha=0.25,
                                    edgecolor=color, linewidth=2))
        ax.text(pos[0], pos[1], label, fontsize=12, color=color, fontweight='bold')

    # Region counts
    regions = [
        (-2.1, 1.2, only_M), (2.1, 1.2, only_P), (0.0, -2.3, only_C),
        (0.0, 1.6, only_MP), (-1.3, -0.8, only_MC), (1.3, -0.8, only_PC),
        (0.0, 0.1, MPC),
    ]
    for x, y, n in regions:
        ax.text(x, y, str(n), fontsize=15, ha='center', va='center')

    ax.text(3.2, -3.3, f'Neither: {none}', fontsize=12, ha='center',
            bbox=dict(boxstyle='round', facecolor='lightyellow', edgecolor='gray'))

    ax.set_xlim(-4.5, 4.5)
    ax.set_ylim(-4.2, 4.2)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Students studying Maths, Physics and Chemistry', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
