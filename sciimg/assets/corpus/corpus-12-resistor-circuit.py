import matplotlib.pyplot as plt
import numpy as np


def draw_resistor(ax, start, end, label, label_offset=(0, 0.35), n_zigs=6):
    """Draw a zig-zag resistor between two points (horizontal or vertical)."""
    start, end = np.array(start, float), np.array(end, float)
    length = np.linalg.norm(end - start)
    direction = (end - start) / length
    normal = np.array([-direction[1], direction[0]])
    lead = 0.25 * length
    pts = [start, start + lead * direction]
    zig_len = (length - 2 * lead) / n_zigs
    for i in range(n_zigs):
        sign = 1 if i % 2 == 0 else -1
        pts.append(start + (lead + (i + 0.5) * zig_len) * direction + sign * 0.18 * normal)
    pts.append(end - lead * direction)
    pts.append(end)
    pts = np.array(pts)
    ax.plot(pts[:, 0], pts[:, 1], color='black', linewidth=1.8)
    mid = (start + end) / 2
    ax.text(mid[0] + label_offset[0], mid[1] + label_offset[1], label,
            ha='center', va='center', fontsize=12)


def draw_wire(ax, *points):
    xs, ys = zip(*points)
    ax.plot(xs, ys, color='black', linewidth=1.8)


def draw_diagram():
    # A 12 V battery drives R1 = 4 Ω in series with the parallel
    # combination of R2 = 6 Ω and R3 = 3 Ω. Find the current from the battery.
    fig, ax = plt.subplots(figsize=(7, 5))

    # Battery on the left side (vertical)
    ax.plot([-0.3, 0.3], [2.15, 2.15], color='black', linewidth=2.5)   # long plate (+)
    ax.plot([-0.15, 0.15], [1.85, 1.85], color='black', linewidth=4)   # short plate (-)
    ax.text(-0.55, 2.2, '+', fontsize=14, ha='center')
    ax.text(-0.55, 1.7, '−', fontsize=14, ha='center')
    ax.text(-0.9, 2.0, r'$\varepsilon = 12\ \mathrm{V}$', fontsize=12, ha='right', va='center')
    draw_wire(ax, (0, 2.15), (0, 4), (1, 4))
    draw_wire(ax, (0, 1.85), (0, 0), (5, 0))

    # R1 along the top
    draw_resistor(ax, (1, 4), (3.5, 4), r'$R_1 = 4\ \Omega$')
    draw_wire(ax, (3.5, 4), (5, 4))

    # Parallel branch: R2 and R3
    draw_wire(ax, (5, 4), (5, 3.5), (4.2, 3.5))
    draw_wire(ax, (5, 3.5), (5.8, 3.5))
    draw_resistor(ax, (4.2, 3.5), (4.2, 0.5), r'$R_2 = 6\ \Omega$', label_offset=(-0.9, 0))
    draw_resistor(ax, (5.8, 3.5), (5.8, 0.5), r'$R_3 = 3\ \Omega$', label_offset=(0.9, 0))
    draw_wire(ax, (4.2, 0.5), (5.8, 0.5))
    draw_wire(ax, (5, 0.5), (5, 0))

    # Junction dots
    for p in [(5, 3.5), (5, 0.5)]:
        ax.plot(*p, 'ko', markersize=6)

    # Current arrow
    ax.annotate('', xy=(0.3, 3.6), xytext=(0.3, 2.8),
                arrowprops=dict(arrowstyle='->', color='red', lw=1.5))
    ax.text(0.45, 3.2, r'$I = ?$', color='red', fontsize=12, va='center')
    ax.text(5.12, 3.65, 'A', fontsize=11)
    ax.text(5.12, 0.15, 'B', fontsize=11)

    ax.set_xlim(-2.5, 7.5)
    ax.set_ylim(-0.6, 5.1)
    ax.set_aspect('equal')
    ax.axis('off')

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
