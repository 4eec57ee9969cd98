import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch


def draw_diagram():
    # A grassland food web. Arrows point in the direction of energy flow
    # (from the organism eaten to the organism that eats it).
    organisms = {
        'Grass':       (1.0, 0.0, '#7dcea0'),
        'Seeds':       (4.0, 0.0, '#7dcea0'),
        'Grasshopper': (0.0, 1.6, '#f7dc6f'),
        'Rabbit':      (2.5, 1.6, '#f7dc6f'),
        'Mouse':       (5.0, 1.6, '#f7dc6f'),
        'Frog':        (0.0, 3.2, '#f0b27a'),
        'Snake':       (3.4, 3.2, '#f0b27a'),
        'Fox':         (5.2, 3.2, '#f0b27a'),
        'Hawk':        (2.5, 4.8, '#ec7063'),
    }

    feeds = [
        ('Grass', 'Grasshopper'), ('Grass', 'Rabbit'), ('Seeds', 'Mouse'),
        ('Seeds', 'Rabbit'), ('Grasshopper', 'Frog'), ('Frog', 'Snake'),
        ('Mouse', 'Snake'), ('Rabbit', 'Fox'), ('Mouse', 'Fox'),
        ('Snake', 'Hawk'), ('Rabbit', 'Hawk'), ('Frog', 'Hawk'),
    ]

    fig, ax = plt.subplots(figsize=(8, 6.5))

    box_w, box_h = 1.35, 0.5
    for name, (x, y, color) in organisms.items():
        ax.add_patch(FancyBboxPatch((x - box_w / 2, y - box_h / 2), box_w, box_h,
                                    boxstyle='round,pad=0.05', facecolor=color,
                                    edgecolor='black', linewidth=1.2, zorder=3))
        ax.text(x, y, name, ha='center', va='center', fontsize=11, zorder=4)

    for prey, predator in feeds:
        x0, y0, _ = organisms[prey]
        x1, y1, _ = organisms[predator]
        if y0 == y1:
            # same trophic level: connect the sides of the boxes
            start, end = (x0 + box_w / 2 + 0.05, y0), (x1 - box_w / 2 - 0.05, y1)
        else:
            start, end = (x0, y0 + box_h / 2 + 0.05), (x1, y1 - box_h / 2 - 0.05)
        arrow = FancyArrowPatch(start, end,
                                arrowstyle='-|>', mutation_scale=16, color='#34495e',
                                linewidth=1.4, connectionstyle='arc3,rad=0.05', zorder=2)
        ax.add_patch(arrow)

    # Trophic level labels on the right
    levels = [(0.0, 'Producers'), (1.6, 'Primary consumers'),
              (3.2, 'Secondary consumers'), (4.8, 'Tertiary consumer')]
    for y, text in levels:
        ax.text(6.4, y, text, ha='left', va='center', fontsize=10, style='italic',
                color='dimgray')
        ax.plot([-0.9, 6.3], [y - 0.8, y - 0.8], color='lightgray', linewidth=0.8,
                linestyle='--', zorder=0)

    ax.text(-0.8, 5.4, 'Energy flows in the direction of the arrows', fontsize=10)

    ax.set_xlim(-1.0, 8.6)
    ax.set_ylim(-0.9, 5.8)
    ax.axis('off')
    ax.set_title('Grassland food web', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
