import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # A string of length L = 1.2 m fixed at both ends vibrates in its
    # third harmonic (n = 3). Amplitude of antinodes A = 2 cm.
    L = 1.2
    n = 3
    A = 2.0
    wavelength = 2 * L / n

    x = np.linspace(0, L, 500)
    k = 2 * np.pi / wavelength

    fig, ax = plt.subplots(figsize=(8, 4.5))

    # Snapshots of the standing wave at different phases
    for phase, alpha in zip(np.linspace(0, np.pi, 7), np.linspace(1.0, 0.25, 7)):
        y = A * np.sin(k * x) * np.cos(phase)
        ax.plot(x, y, color='tab:blue', alpha=alpha, linewidth=1.5)

    # Envelope
    ax.plot(x, A * np.sin(k * x), 'k--', linewidth=1)
    ax.plot(x, -A * np.sin(k * x), 'k--', linewidth=1)

    # Nodes and antinodes
    nodes = np.arange(0, n + 1) * wavelength / 2
    antinodes = (np.arange(n) + 0.5) * wavelength / 2
    ax.plot(nodes, np.zeros_like(nodes), 'ro', markersize=8, label='Node (N)')
    ax.plot(antinodes, np.zeros_like(antinodes), 'gs', markersize=7, label='Antinode (A)')
    for xn in nodes:
        ax.text(xn, -0.45, 'N', ha='center', va='top', fontsize=12, color='red')
    for xa in antinodes:
        ax.text(xa, A + 0.25, 'A', ha='center', fontsize=12, color='green')

    # Fixed ends (walls)
    for xw in (0, L):
        ax.plot([xw, xw], [-2.8, 2.8], color='black', linewidth=4)

    # Wavelength marker
    ax.annotate('', xy=(wavelength, -2.9), xytext=(0, -2.9),
                arrowprops=dict(arrowstyle='<->', color='purple', lw=1.5))
    ax.text(wavelength / 2, -3.05, r'$\lambda = 0.8$ m', ha='center', va='top',
            fontsize=12, color='purple')

    # Amplitude marker
    ax.annotate('', xy=(antinodes[1], A), xytext=(antinodes[1], 0),
                arrowprops=dict(arrowstyle='<->', color='darkorange', lw=1.5))
    ax.text(antinodes[1] + 0.02, A / 2, '2 cm', fontsize=11, color='darkorange')

    ax.set_xlim(-0.08, L + 0.08)
    ax.set_ylim(-3.8, 3.2)
    ax.set_xlabel('Position along string x (m)', fontsize=12)
    ax.set_ylabel('Displacement y (cm)', fontsize=12)
    ax.set_title(f'Standing wave, third harmonic (n = 3), L = {L} m', fontsize=13)
    ax.axhline(0, color='gray', linewidth=0.6)
    ax.legend(loc='lower right', fontsize=10, ncol=2)

    plt.tight_layout()
    plt.show()
    plt.close()


if __name__ == "__main__":
    draw_diagram()
