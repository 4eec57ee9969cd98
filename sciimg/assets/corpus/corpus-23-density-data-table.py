import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle


def draw_diagram():
    # Results table: density of metal samples measured by water displacement.
    headers = ['Sample', 'Mass (g)', r'$V_1$ (mL)', r'$V_2$ (mL)', r'Density (g/cm$^3$)']
    data = [
        ['A', 54.0, 20.0, 40.0],
        ['B', 89.6, 25.0, 35.0],
        ['C', 113.0, 30.0, 40.0],
        ['D', 77.2, 15.0, ''],
    ]

    rows = []
    for name, m, v1, v2 in data:
        if v2 == '':
            rows.append([name, f'{m:.1f}', f'{v1:.1f}', '?', '7.72'])
        else:
            rows.append([name, f'{m:.1f}', f'{v1:.1f}', f'{v2:.1f}', f'{m / (v2 - v1):.2f}'])

    col_widths = [1.4, 1.6, 1.5, 1.5, 2.4]
    row_h = 0.7
    n_rows = len(rows) + 1

    fig, ax = plt.subplots(figsize=(8, 4))

    x_edges = np.concatenate([[0], np.cumsum(col_widths)])
    total_w = x_edges[-1]

    for r in range(n_rows):
        y = -(r + 1) * row_h
        for c in range(len(col_widths)):
            if r == 0:
                face = '#2e4053'
            elif r % 2 == 0:
                face = '#f2f3f4'
            else:
                face = 'white'
            if r > 0 and rows[r - 1][c] == '?':
                face = '#fdebd0'
            ax.add_patch(Rectangle((x_edges[c], y), col_widths[c], row_h, facecolor=face,
                                   edgecolor='#566573', linewidth=1))
            text = headers[c] if r == 0 else rows[r - 1][c]
            ax.text(x_edges[c] + col_widths[c] / 2, y + row_h / 2, text,
                    ha='center', va='center', fontsize=11,
                    color='white' if r == 0 else 'black',
                    fontweight='bold' if (r == 0 or c == 0) else 'normal')

    # Thick outer border
    ax.add_patch(Rectangle((0, -n_rows * row_h), total_w, n_rows * row_h, fill=False,
                           edgecolor='black', linewidth=2))

    ax.text(0, 0.35, r'Table 1. Density = mass / ($V_2 - V_1$)', fontsize=12, ha='left')
    ax.text(0, -n_rows * row_h - 0.45, 'Find the final water level V2 for sample D.',
            fontsize=11, style='italic', ha='left')

    ax.set_xlim(-0.2, total_w + 0.2)
    ax.set_ylim(-n_rows * row_h - 0.8, 0.8)
    ax.axis('off')

    plt.tight_layout()
    plt.show()
    plt.close()


if __name__ == "__main__":
    draw_diagram()
