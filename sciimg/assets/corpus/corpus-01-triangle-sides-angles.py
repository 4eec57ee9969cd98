import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon, Arc


def draw_diagram():
    # Triangle ABC with AB = 8 cm, AC = 6 cm and angle BAC = 40 degrees.
    # Find BC and the height from C.
    AB = 8.0
    AC = 6.0
    angle_A = np.radians(40)

    A = np.array([0.0, 0.0])
    B = np.array([AB, 0.0])
    C = np.array([AC * np.cos(angle_A), AC * np.sin(angle_A)])

    fig, ax = plt.subplots(figsize=(7, 5))

    # Draw the triangle
    triangle = Polygon([A, B, C], closed=True, fill=False, edgecolor='black', linewidth=2)
    ax.add_patch(triangle)

    # Vertex labels
    ax.text(A[0] - 0.4, A[1] - 0.35, 'A', fontsize=15, fontweight='bold')
    ax.text(B[0] + 0.15, B[1] - 0.35, 'B', fontsize=15, fontweight='bold')
    ax.text(C[0] - 0.12, C[1] + 0.2, 'C', fontsize=15, fontweight='bold')

    # Side labels
    ax.text(AB * 0.78, -0.5, '8 cm', fontsize=13, ha='center')
    mid_AC = (A + C) / 2
    ax.text(mid_AC[0] - 0.6, mid_AC[1] + 0.15, '6 cm', fontsize=13, ha='center')
    mid_BC = (B + C) / 2
    ax.text(mid_BC[0] + 0.25, mid_BC[1] + 0.15, r'$a = ?$', fontsize=13)

    # Angle at A (given)
    arc_A = Arc(A, 1.8, 1.8, angle=0, theta1=0, theta2=40, color='red', linewidth=1.5)
    ax.add_patch(arc_A)
    ax.text(1.05, 0.3, '40°', fontsize=13, color='red')

    # Angle at B (unknown)
    angle_B = np.degrees(np.arctan2(C[1] - B[1], C[0] - B[0]))
    arc_B = Arc(B, 1.4, 1.4, angle=0, theta1=angle_B, theta2=180, color='blue', linewidth=1.5)
    ax.add_patch(arc_B)
    bis = np.radians((angle_B + 180) / 2)
    ax.text(B[0] + 1.05 * np.cos(bis), B[1] + 1.05 * np.sin(bis), r'$\beta$',
            fontsize=15, color='blue', ha='center', va='center')

    # Height from C to AB
    D = np.array([C[0], 0.0])
    ax.plot([C[0], D[0]], [C[1], D[1]], 'k--', linewidth=1.2)
    s = 0.3
    ax.plot([D[0], D[0] + s, D[0] + s], [s, s, 0], 'k-', linewidth=1)
    ax.text(C[0] + 0.12, C[1] / 2, r'$h$', fontsize=14)
    ax.text(D[0] - 0.1, -0.5, 'D', fontsize=13)

    ax.set_xlim(-1, AB + 1)
    ax.set_ylim(-1.2, C[1] + 1)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title('Triangle ABC: AB = 8 cm, AC = 6 cm, ∠A = 40°', fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
