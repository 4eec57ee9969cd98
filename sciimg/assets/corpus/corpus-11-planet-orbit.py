import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, Polygon


def draw_diagram():
    # A planet moves in an elliptical orbit around the Sun with semi-major
    # axis a = 1.5 AU and eccentricity e = 0.5. The Sun is at one focus.
    a = 1.5
    e = 0.5
    b = a * np.sqrt(1 - e**2)
    c = a * e

    fig, ax = plt.subplots(figsize=(7, 5.5))

    t = np.linspace(0, 2 * np.pi, 400)
    ax.plot(a * np.cos(t), b * np.sin(t), color='gray', linewidth=1.5)

    # Sun at the right focus
    sun = np.array([c, 0.0])
    ax.add_patch(Circle(sun, 0.12, color='gold', ec='orange', zorder=5))
    ax.text(sun[0], -0.28, 'Sun', ha='center', fontsize=11)
    ax.plot(-c, 0, 'kx', markersize=6)
    ax.text(-c, -0.25, 'empty focus', ha='center', fontsize=9, color='gray')

    # Perihelion and aphelion
    r_p = a * (1 - e)
    r_a = a * (1 + e)
    ax.plot([a, -a], [0, 0], 'k:', linewidth=1)
    ax.plot(a, 0, 'o', color='tab:blue', markersize=8)
    ax.plot(-a, 0, 'o', color='tab:blue', markersize=8)
    ax.text(a + 0.08, 0.12, 'Perihelion', fontsize=10)
    ax.text(-a - 0.08, 0.12, 'Aphelion', fontsize=10, ha='right')
    ax.text((a + c) / 2, -0.55, f'$r_p$ = {r_p:.2f} AU', ha='center', fontsize=10)
    ax.text((c - a) / 2, -0.55, f'$r_a$ = {r_a:.2f} AU', ha='center', fontsize=10)

    # Equal areas swept in equal times (Kepler's second law)
    def sector(t1, t2, color):
        tt = np.linspace(t1, t2, 40)
        pts = np.column_stack([a * np.cos(tt), b * np.sin(tt)])
        poly = np.vstack([sun, pts])
        ax.add_patch(Polygon(poly, closed=True, facecolor=color, alpha=0.35, edgecolor=color))

    sector(-0.35, 0.35, 'tab:red')
    sector(np.pi - 0.12, np.pi + 0.12, 'tab:green')
    ax.text(1.05, 0.1, r'$A_1$', fontsize=12, color='tab:red')
    ax.text(-1.25, -0.1, r'$A_2$', fontsize=12, color='tab:green', va='center')

    # Planet with velocity vector
    tp = np.radians(110)
    P = np.array([a * np.cos(tp), b * np.sin(tp)])
    vel = np.array([-a * np.sin(tp), b * np.cos(tp)])
    vel = 0.6 * vel / np.linalg.norm(vel)
    ax.add_patch(Circle(P, 0.07, color='tab:blue', zorder=5))
    ax.text(P[0] + 0.08, P[1] + 0.1, 'Planet', fontsize=10)
    ax.annotate('', xy=P + vel, xytext=P,
                arrowprops=dict(arrowstyle='-|>', color='purple', lw=1.8))
    ax.text(*(P + vel + np.array([-0.1, 0.08])), r'$\vec{v}$', fontsize=14, color='purple')
    ax.plot([sun[0], P[0]], [sun[1], P[1]], 'k--', linewidth=1)
    ax.text((sun[0] + P[0]) / 2 + 0.05, (sun[1] + P[1]) / 2, r'$r$', fontsize=13)

    ax.text(-1.6, 1.55, f'a = {a} AU,  e = {e}', fontsize=11)
    ax.set_xlim(-2.0, 2.0)
    ax.set_ylim(-1.6, 1.7)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title("Elliptical orbit and Kepler's second law", fontsize=13)

    plt.tight_layout()
    plt.show()


if __name__ == "__main__":
    draw_diagram()
