import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle, Polygon, FancyBboxPatch


def draw_diagram():
    # Titration apparatus: 0.100 mol/L NaOH in the burette is added to
    # 25.0 mL of HCl (with phenolphthalein) in a conical flask.
    fig, ax = plt.subplots(figsize=(6, 8))

    # Retort stand: base and rod
    ax.add_patch(Rectangle((-3.0, 0.0), 4.5, 0.35, facecolor='#5d6d7e', edgecolor='black'))
    ax.add_patch(Rectangle((-2.4, 0.35), 0.2, 10.0, facecolor='#aab7b8', edgecolor='black'))

    # Clamp holding the burette
    ax.add_patch(Rectangle((-2.2, 8.0), 2.0, 0.18, facecolor='#7f8c8d', edgecolor='black'))
    ax.add_patch(Rectangle((-0.35, 7.85), 0.5, 0.5, fill=False, edgecolor='black', lw=1.5))

    # Burette body (glass) with liquid
    bx, bw = -0.15, 0.3
    ax.add_patch(Rectangle((bx, 4.0), bw, 6.0, facecolor='white', edgecolor='black', lw=1.5))
    ax.add_patch(Rectangle((bx, 4.0), bw, 5.6, facecolor='#d6eaf8', edgecolor='none'))
    # Graduations
    for i, y in enumerate(np.linspace(9.6, 4.4, 27)):
        length = 0.15 if i % 5 == 0 else 0.08
        ax.plot([bx, bx + length], [y, y], color='black', lw=0.8)
        if i % 5 == 0:
            ax.text(bx + bw + 0.08, y, f'{i * 2}', fontsize=7, va='center')

    # Tap and jet
    ax.add_patch(Polygon([(bx, 4.0), (bx + bw, 4.0), (0.05, 3.4), (-0.05, 3.4)],
                         closed=True, facecolor='#d6eaf8', edgecolor='black'))
    ax.add_patch(Rectangle((-0.35, 3.6), 0.7, 0.12, facecolor='#943126', edgecolor='black'))
    ax.plot([0, 0], [3.4, 3.0], color='black', lw=1.5)

    # Conical flask with pink solution
    flask = [(-0.25, 2.9), (0.25, 2.9), (0.25, 2.3), (1.3, 0.6), (-1.3, 0.6), (-0.25, 2.3)]
    ax.add_patch(Polygon(flask, closed=True, facecolor='none', edgecolor='black', lw=2))
    liquid = [(-1.3, 0.6), (1.3, 0.6), (0.85, 1.33), (-0.85, 1.33)]
    ax.add_patch(Polygon(liquid, closed=True, facecolor='#f5b7b1', edgecolor='none', alpha=0.9))

    # White tile
    ax.add_patch(FancyBboxPatch((-1.7, 0.35), 3.4, 0.22, boxstyle='round,pad=0.02',
                                facecolor='white', edgecolor='gray'))

    # Labels
    def label(text, xy, xytext):
        ax.annotate(text, xy=xy, xytext=xytext, fontsize=11, va='center',
                    arrowprops=dict(arrowstyle='-', color='black', lw=0.8))

    label('Burette\n0.100 mol/L NaOH', (0.15, 7.0), (1.3, 7.0))
    label('Clamp', (-1.2, 8.1), (-2.0, 9.2))
    label('Stopcock (tap)', (0.35, 3.66), (1.3, 3.9))
    label('Conical flask\n25.0 mL HCl +\nphenolphthalein', (0.9, 1.0), (1.7, 2.2))
    label('White tile', (1.2, 0.45), (1.9, 0.9))
    label('Retort stand', (-2.3, 5.0), (-3.9, 6.0))
    ax.text(bx + bw + 0.6, 9.75, 'Initial reading: 0.00 mL', fontsize=9, color='dimgray')

    ax.set_xlim(-4.2, 4.0)
    ax.set_ylim(-0.3, 10.8)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Acid–base titration set-up', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
