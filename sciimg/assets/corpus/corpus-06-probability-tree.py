import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # A bag contains 5 red and 3 blue balls. Two balls are drawn
    # one after another without replacement. Draw the tree diagram.
    red, blue = 5, 3
    n = red + blue

    fig, ax = plt.subplots(figsize=(8, 6))

    root = (0.0, 0.0)
    first = {'R': (3.0, 1.8), 'B': (3.0, -1.8)}
    second = {
        ('R', 'R'): (6.0, 2.7), ('R', 'B'): (6.0, 0.9),
        ('B', 'R'): (6.0, -0.9), ('B', 'B'): (6.0, -2.7),
    }

    def frac(a, b):
        g = np.gcd(a, b)
        return (a // g, b // g)

    # probabilities stored as (numerator, denominator)
    p_first = {'R': (red, n), 'B': (blue, n)}
    p_second = {
        ('R', 'R'): (red - 1, n - 1), ('R', 'B'): (blue, n - 1),
        ('B', 'R'): (red, n - 1), ('B', 'B'): (blue - 1, n - 1),
    }
    colors = {'R': 'crimson', 'B': 'royalblue'}

    def branch(p0, p1, label, color):
        ax.plot([p0[0], p1[0]], [p0[1], p1[1]], color='black', linewidth=1.5)
        mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
        va = 'bottom' if p1[1] >= p0[1] else 'top'
        ax.text(mx - 0.1, my + (0.1 if va == 'bottom' else -0.1), label, fontsize=13,
                color=color, ha='right', va=va)

    ax.plot(*root, 'ko', markersize=6)
    for k, pos in first.items():
        branch(root, pos, '%d/%d' % p_first[k], colors[k])
        ax.text(pos[0], pos[1], k, fontsize=15, fontweight='bold', color=colors[k],
                ha='center', va='center',
                bbox=dict(boxstyle='circle', facecolor='white', edgecolor=colors[k]))

    for (a, b), pos in second.items():
        p = p_second[(a, b)]
        branch((first[a][0] + 0.3, first[a][1]), pos, '%d/%d' % p, colors[b])
        ax.text(pos[0], pos[1], b, fontsize=15, fontweight='bold', color=colors[b],
                ha='center', va='center',
                bbox=dict(boxstyle='circle', facecolor='white', edgecolor=colors[b]))
        num, den = frac(p_first[a][0] * p[0], p_first[a][1] * p[1])
        ax.text(6.6, pos[1], f'P({a}{b}) = {num}/{den}',
                fontsize=12, va='center')

    ax.text(3.0, 3.6, '1st ball', fontsize=12, ha='center', style='italic')
    ax.text(6.0, 3.6, '2nd ball', fontsize=12, ha='center', style='italic')

    ax.set_xlim(-0.5, 9.5)
    ax.set_ylim(-3.5, 4.0)
    ax.axis('off')
    ax.set_title('Drawing two balls without replacement (5 red, 3 blue)', fontsize=13)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
