import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # Ellipse x^2/25 + y^2/9 = 1 with foci F1(-4, 0) and F2(4, 0).
    # P is a point on the ellipse; show PF1 + PF2 = 10.
    a, b = 5.0, 3.0
    c = np.sqrt(a**2 - b**2)

    fig, ax = plt.subplots(figsize=(8, 5.5))

    t = np.linspace(0, 2 * np.pi, 400)
    ax.plot(a * np.cos(t), b * np.sin(t), color='tab:blue', linewidth=2)

    # Coordinate axes with arrow heads
    ax.annotate('', xy=(6.8, 0), xytext=(-6.8, 0),
                arrowprops=dict(arrowstyle='->', color='black', lw=1.2))
    ax.annotate('', xy=(0, 4.3), xytext=(0, -4.3),
                arrowprops=dict(arrowstyle='->', color='black', lw=1.2))
    ax.text(6.8, -0.45, r'$x$', fontsize=14)
    ax.text(0.2, 4.2, r'$y$', fontsize=14)
    ax.text(-0.35, -0.45, 'O', fontsize=12)

    # Foci
    for sign, name in [(-1, r'$F_1(-4,0)$'), (1, r'$F_2(4,0)$')]:
        ax.plot(sign * c, 0, 'ro', markersize=7)
        ax.text(sign * c - 0.7, -0.6, name, fontsize=12, color='red')

    # Vertices
    for x, y, s in [(a, 0, '(5, 0)'), (-a, 0, '(-5, 0)'), (0, b, '(0, 3)'), (0, -b, '(0, -3)')]:
        ax.plot(x, y, 'ko', markersize=4)
        ax.text(x + 0.15, y + 0.2, s, fontsize=10)

    # Point P on the ellipse and focal radii
    tp = np.radians(60)
    P = np.array([a * np.cos(tp), b * np.sin(tp)])
    ax.plot(*P, 'o', color='darkgreen', markersize=7)
    ax.text(P[0] + 0.15, P[1] + 0.2, r'$P$', fontsize=14, color='darkgreen')
    ax.plot([-c, P[0]], [0, P[1]], color='darkgreen', linestyle='--', linewidth=1.5)
    ax.plot([c, P[0]], [0, P[1]], color='darkgreen', linestyle='--', linewidth=1.5)
    ax.text((P[0] - c) / 2 - 0.6, P[1] / 2 + 0.1, r'$r_1$', fontsize=14, color='darkgreen')
    ax.text((P[0] + c) / 2 + 0.15, P[1] / 2, r'$r_2$', fontsize=14, color='darkgreen')

    # Equation label
    ax.text(-6.5, 3.6, r'$\frac{x^2}{25} + \frac{y^2}{9} = 1$', fontsize=15)
    ax.text(-6.5, -3.9, r'$r_1 + r_2 = 2a = 10$', fontsize=13)

    ax.set_xlim(-7.2, 7.2)
    ax.set_ylim(-4.6, 4.6)
    ax.set_aspect('equal')
    ax.axis('off')

    plt.tight_layout()
    plt.show()
    plt.close(fig)


if __name__ == "__main__":
    draw_diagram()
