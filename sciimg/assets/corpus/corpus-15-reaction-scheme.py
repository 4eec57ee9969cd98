import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch


def draw_diagram():
    # Oxidation of ethanol to ethanoic acid, followed by esterification
    fig, ax = plt.subplots(figsize=(8, 5))

    compounds = {
        'ethanol': (1.0, 3.0, r'$\mathrm{CH_3CH_2OH}$', 'ethanol'),
        'ethanal': (4.5, 3.0, r'$\mathrm{CH_3CHO}$', 'ethanal'),
        'acid': (8.0, 3.0, r'$\mathrm{CH_3COOH}$', 'ethanoic acid'),
        'ester': (8.0, 0.4, r'$\mathrm{CH_3COOCH_2CH_3}$', 'ethyl ethanoate'),
    }

    for key, (x, y, formula, name) in compounds.items():
        box = FancyBboxPatch((x - 1.05, y - 0.35), 2.1, 0.7, boxstyle='round,pad=0.08',
                             facecolor='#eef4ff', edgecolor='navy', linewidth=1.3)
        ax.add_patch(box)
        ax.text(x, y, formula, ha='center', va='center', fontsize=13)
        ax.text(x, y - 0.6, name, ha='center', va='top', fontsize=10, style='italic')

    def reaction_arrow(p0, p1, above, below=None, double=False):
        if double:
            # Equilibrium: two half-headed arrows
            d = np.array(p1, float) - np.array(p0, float)
            off = 0.08 * np.array([-d[1], d[0]]) / np.hypot(*d)
            ax.add_patch(FancyArrowPatch(p0 + off, p1 + off, arrowstyle='-|>',
                                         mutation_scale=15, lw=1.5))
            ax.add_patch(FancyArrowPatch(p1 - off, p0 - off, arrowstyle='-|>',
                                         mutation_scale=15, lw=1.5))
        else:
            ax.add_patch(FancyArrowPatch(p0, p1, arrowstyle='-|>', mutation_scale=18, lw=1.8))
        mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
        vertical = abs(p1[0] - p0[0]) < 1e-6
        if vertical:
            ax.text(mx + 0.2, my, above, ha='left', va='center', fontsize=10)
            if below:
                ax.text(mx - 0.2, my, below, ha='right', va='center', fontsize=10)
        else:
            ax.text(mx, my + 0.15, above, ha='center', va='bottom', fontsize=10)
            if below:
                ax.text(mx, my - 0.15, below, ha='center', va='top', fontsize=10)

    reaction_arrow((2.2, 3.0), (3.3, 3.0), r'$\mathrm{K_2Cr_2O_7/H^+}$', 'distil')
    reaction_arrow((5.7, 3.0), (6.8, 3.0), r'$\mathrm{K_2Cr_2O_7/H^+}$', 'reflux')
    reaction_arrow((8.0, 2.15), (8.0, 1.0), r'+ $\mathrm{C_2H_5OH}$',
                   r'conc. $\mathrm{H_2SO_4}$', double=True)

    # Step labels
    ax.text(2.75, 3.9, 'Step 1', ha='center', fontsize=10, color='gray')
    ax.text(6.25, 3.9, 'Step 2', ha='center', fontsize=10, color='gray')
    ax.text(9.3, 2.2, 'Step 3', ha='left', fontsize=10, color='gray')
    ax.text(8.0, -0.6, r'+ $\mathrm{H_2O}$', ha='center', va='top', fontsize=11)

    # Colour change note
    ax.text(1.0, 0.8, 'Observation:\norange → green\n' + r'($\mathrm{Cr_2O_7^{2-} \to Cr^{3+}}$)',
            fontsize=10, ha='left', va='center',
            bbox=dict(boxstyle='round', facecolor='lightyellow', edgecolor='gray'))

    ax.set_xlim(-0.3, 10.3)
    ax.set_ylim(-1.1, 4.3)
    ax.axis('off')
    ax.set_title('Reaction scheme: oxidation and esterification', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
