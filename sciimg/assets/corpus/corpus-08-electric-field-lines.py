import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle


def draw_diagram():
    # Electric field lines of an electric dipole: +2 uC at (-1, 0) and -2 uC at (1, 0)
    charges = [(2.0, -1.0, 0.0), (-2.0, 1.0, 0.0)]

    x = np.linspace(-3, 3, 120)
    y = np.linspace(-2.5, 2.5, 100)
    X, Y = np.meshgrid(x, y)
    Ex = np.zeros_like(X)
    Ey = np.zeros_like(Y)

    for q, x0, y0 in charges:
        dx = X - x0
        dy = Y - y0
        r3 = np.hypot(dx, dy) ** 3 + 1e-9
        Ex += q * dx / r3
        Ey += q * dy / r3

    fig, ax = plt.subplots(figsize=(7, 6))

    # Seed points on small circles around the positive charge
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    seeds = np.column_stack([-1.0 + 0.15 * np.cos(angles), 0.15 * np.sin(angles)])

    ax.streamplot(X, Y, Ex, Ey, color='black', linewidth=1.0, density=2,
                  arrowsize=1.2, start_points=seeds, integration_direction='forward',
                  broken_streamlines=False)

    # Equipotential contours (light)
    V = np.zeros_like(X)
    for q, x0, y0 in charges:
        V += q / (np.hypot(X - x0, Y - y0) + 1e-3)
    ax.contour(X, Y, V, levels=[-4, -2, -1, -0.5, 0, 0.5, 1, 2, 4],
               colors='gray', linestyles='dotted', linewidths=0.8)

    # Charges
    for q, x0, y0 in charges:
        color = 'red' if q > 0 else 'blue'
        sign = '+' if q > 0 else '−'
        ax.add_patch(Circle((x0, y0), 0.18, color=color, zorder=5))
        ax.text(x0, y0, sign, color='white', fontsize=16, fontweight='bold',
                ha='center', va='center', zorder=6)

    ax.text(-1.0, -0.45, r'$+q = +2\ \mu C$', fontsize=12, ha='center', color='red',
            bbox=dict(facecolor='white', edgecolor='none', pad=1), zorder=7)
    ax.text(1.0, -0.45, r'$-q = -2\ \mu C$', fontsize=12, ha='center', color='blue',
            bbox=dict(facecolor='white', edgecolor='none', pad=1), zorder=7)
    ax.annotate('', xy=(1.0, -2.2), xytext=(-1.0, -2.2),
                arrowprops=dict(arrowstyle='<->', color='black'))
    ax.text(0, -2.1, 'd = 2 cm', fontsize=11, ha='center', va='bottom')

    ax.set_xlim(-3, 3)
    ax.set_ylim(-2.5, 2.5)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Electric field lines of a dipole', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
