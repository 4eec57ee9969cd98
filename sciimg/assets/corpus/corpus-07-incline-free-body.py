import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon, FancyArrowPatch, Arc


def draw_diagram():
    # A 5 kg block rests on a rough plane inclined at 30 degrees.
    # Draw the forces acting on the block (weight, normal, friction).
    theta = np.radians(30)
    base = 8.0
    height = base * np.tan(theta)

    fig, ax = plt.subplots(figsize=(8, 6))

    # Incline
    incline = Polygon([[0, 0], [base, 0], [0, height]], closed=True,
                      facecolor='#d9c7a3', edgecolor='black', linewidth=2)
    ax.add_patch(incline)
    ax.plot([-0.5, base + 0.8], [0, 0], color='black', linewidth=2)

    # Hatching for the ground
    for x in np.arange(-0.4, base + 0.8, 0.4):
        ax.plot([x, x - 0.25], [0, -0.25], color='black', linewidth=0.8)

    # Block on the incline (rotated square)
    u = np.array([np.cos(theta), -np.sin(theta)])   # down the slope
    n = np.array([np.sin(theta), np.cos(theta)])    # normal to slope
    s = 1.4
    start = np.array([0, height]) + 3.2 * u
    corners = [start, start + s * u, start + s * u + s * n, start + s * n]
    ax.add_patch(Polygon(corners, closed=True, facecolor='steelblue',
                         edgecolor='black', linewidth=1.5, alpha=0.9))
    cm = start + 0.5 * s * u + 0.5 * s * n
    ax.plot(*cm, 'ko', markersize=4)
    ax.text(*(cm + np.array([-0.3, 0.0])), '5 kg', fontsize=11, color='white',
            ha='center', va='center', rotation=-30, fontweight='bold')

    def force(vec, label, color, offset):
        arrow = FancyArrowPatch(cm, cm + vec, arrowstyle='-|>', mutation_scale=20,
                                color=color, linewidth=2.2)
        ax.add_patch(arrow)
        tip = cm + vec
        ax.text(tip[0] + offset[0], tip[1] + offset[1], label, fontsize=14, color=color)

    force(np.array([0, -2.6]), r'$mg = 49\ \mathrm{N}$', 'red', (0.15, -0.2))
    force(2.2 * n, r'$N$', 'green', (0.1, 0.1))
    force(-2.0 * u, r'$f$', 'purple', (-0.2, 0.15))

    # Components of weight (dashed)
    w = 2.6
    ax.annotate('', xy=cm + w * np.sin(theta) * u, xytext=cm,
                arrowprops=dict(arrowstyle='->', color='red', linestyle='--', lw=1.2))
    ax.annotate('', xy=cm - w * np.cos(theta) * n, xytext=cm,
                arrowprops=dict(arrowstyle='->', color='red', linestyle='--', lw=1.2))
    p1 = cm + w * np.sin(theta) * u
    p2 = cm - w * np.cos(theta) * n
    ax.text(p1[0] + 0.1, p1[1] - 0.1, r'$mg\sin\theta$', fontsize=11, color='red')
    ax.text(p2[0] - 1.5, p2[1] - 0.1, r'$mg\cos\theta$', fontsize=11, color='red')

    # Angle of incline
    ax.add_patch(Arc((base, 0), 2.4, 2.4, theta1=150, theta2=180, color='black', linewidth=1.5))
    ax.text(base - 1.75, 0.22, r'$\theta = 30°$', fontsize=13)

    ax.set_xlim(-1, base + 1.2)
    ax.set_ylim(-0.8, height + 1.5)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Block on an inclined plane', fontsize=14)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
