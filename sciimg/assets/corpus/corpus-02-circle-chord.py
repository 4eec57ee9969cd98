import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as patches


def draw_diagram():
    # Circle with centre O and radius 5 cm. Chord AB has length 8 cm.
    # OM is perpendicular to AB. Find OM.
    r = 5.0
    chord = 8.0
    half = chord / 2
    d = np.sqrt(r**2 - half**2)  # distance from centre to chord = 3 cm

    fig, ax = plt.subplots(figsize=(6, 6))

    # Circle
    circle = patches.Circle((0, 0), r, fill=False, edgecolor='black', linewidth=2)
    ax.add_patch(circle)

    # Points
    O = np.array([0.0, 0.0])
    A = np.array([-half, -d])
    B = np.array([half, -d])
    M = np.array([0.0, -d])

    # Chord AB
    ax.plot([A[0], B[0]], [A[1], B[1]], color='navy', linewidth=2)

    # Radii OA and OB
    ax.plot([O[0], A[0]], [O[1], A[1]], color='darkgreen', linewidth=1.5)
    ax.plot([O[0], B[0]], [O[1], B[1]], color='darkgreen', linewidth=1.5)

    # Perpendicular OM
    ax.plot([O[0], M[0]], [O[1], M[1]], 'r--', linewidth=1.5)

    # Right angle marker at M
    s = 0.35
    ax.plot([M[0] + s, M[0] + s, M[0]], [M[1], M[1] + s, M[1] + s], 'r-', linewidth=1)

    # Points and labels
    for P, name, off in [(O, 'O', (0.25, 0.15)), (A, 'A', (-0.55, -0.35)),
                         (B, 'B', (0.2, -0.35)), (M, 'M', (-0.15, -0.55))]:
        ax.plot(P[0], P[1], 'ko', markersize=5)
        ax.text(P[0] + off[0], P[1] + off[1], name, fontsize=14, fontweight='bold')

    # Measurements
    ax.text(-2.0, -d - 0.5, '4 cm', fontsize=12, color='navy', ha='center')
    ax.text(2.0, -d - 0.5, '4 cm', fontsize=12, color='navy', ha='center')
    ax.text(-2.6, -1.0, 'r = 5 cm', fontsize=12, color='darkgreen', rotation=37, ha='center')
    ax.text(0.2, -d / 2, 'OM = ?', fontsize=12, color='red')

    # Angle AOB
    theta = np.degrees(np.arctan2(d, half))
    arc = patches.Arc((0, 0), 1.6, 1.6, theta1=180 + theta, theta2=360 - theta,
                      color='purple', linewidth=1.5)
    ax.add_patch(arc)
    ax.text(-0.35, -1.25, r'$\theta$', fontsize=14, color='purple')

    # Tick marks showing AM = MB
    for x in (-half / 2, half / 2):
        ax.plot([x, x], [-d - 0.15, -d + 0.15], color='navy', linewidth=1.5)

    ax.set_xlim(-6, 6)
    ax.set_ylim(-6, 6)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Chord AB in a circle of radius 5 cm', fontsize=13)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
