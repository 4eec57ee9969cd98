import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle


def draw_diagram():
    # Monohybrid cross between two heterozygous pea plants (Tt x Tt).
    # T = tall (dominant), t = short (recessive).
    parent1 = ['T', 't']   # gametes along the top
    parent2 = ['T', 't']   # gametes down the side

    fig, ax = plt.subplots(figsize=(6, 6))
    cell = 2.0

    tall_color = '#a9dfbf'
    short_color = '#f9e79f'

    for i, g2 in enumerate(parent2):
        for j, g1 in enumerate(parent1):
            genotype = ''.join(sorted(g1 + g2))   # uppercase sorts first -> 'Tt'
            tall = 'T' in genotype
            x = j * cell
            y = -(i + 1) * cell
            ax.add_patch(Rectangle((x, y), cell, cell,
                                   facecolor=tall_color if tall else short_color,
                                   edgecolor='black', linewidth=2))
            ax.text(x + cell / 2, y + cell / 2 + 0.2, genotype, ha='center', va='center',
                    fontsize=24, fontweight='bold')
            ax.text(x + cell / 2, y + cell / 2 - 0.45, 'tall' if tall else 'short',
                    ha='center', va='center', fontsize=12, style='italic')

    # Gamete headers
    for j, g in enumerate(parent1):
        ax.add_patch(Rectangle((j * cell, 0), cell, 0.8, facecolor='#d6eaf8',
                               edgecolor='black', linewidth=1.5))
        ax.text(j * cell + cell / 2, 0.4, g, ha='center', va='center', fontsize=20,
                color='navy')
    for i, g in enumerate(parent2):
        ax.add_patch(Rectangle((-0.8, -(i + 1) * cell), 0.8, cell, facecolor='#fadbd8',
                               edgecolor='black', linewidth=1.5))
        ax.text(-0.4, -(i + 0.5) * cell, g, ha='center', va='center', fontsize=20,
                color='darkred')

    ax.text(cell, 1.2, r'Parent 1 (Tt) gametes $\rightarrow$', ha='center', fontsize=12)
    ax.text(-1.1, -cell, r'Parent 2 (Tt) gametes', rotation=90, ha='center',
            va='center', fontsize=12)

    # Ratios below the square
    ax.text(cell, -2 * cell - 0.6, 'Genotype ratio  TT : Tt : tt = 1 : 2 : 1',
            ha='center', fontsize=12)
    ax.text(cell, -2 * cell - 1.2, 'Phenotype ratio  tall : short = 3 : 1',
            ha='center', fontsize=12)

    ax.set_xlim(-1.6, 2 * cell + 0.4)
    ax.set_ylim(-2 * cell - 1.6, 1.7)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Punnett square: Tt × Tt', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
