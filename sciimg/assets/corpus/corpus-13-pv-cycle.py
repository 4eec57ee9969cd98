import matplotlib.pyplot as plt
import numpy as np


def draw_diagram():
    # An ideal gas is taken around the cycle A -> B -> C -> A:
    # A -> B: isothermal expansion from 1 L, 4 atm to 4 L, 1 atm
    # B -> C: isobaric compression at 1 atm back to 1 L
    # C -> A: isochoric heating at 1 L back to 4 atm
    V_A, P_A = 1.0, 4.0
    V_B, P_B = 4.0, 1.0
    V_C, P_C = 1.0, 1.0
    k = P_A * V_A  # PV = constant on the isotherm

    fig, ax = plt.subplots(figsize=(7, 5.5))

    # Isotherm A -> B
    V_iso = np.linspace(V_A, V_B, 200)
    P_iso = k / V_iso
    ax.plot(V_iso, P_iso, color='tab:red', linewidth=2.2, label='A→B isothermal (PV = const)')

    # Isobar B -> C and isochore C -> A
    ax.plot([V_B, V_C], [P_B, P_C], color='tab:blue', linewidth=2.2, label='B→C isobaric')
    ax.plot([V_C, V_A], [P_C, P_A], color='tab:green', linewidth=2.2, label='C→A isochoric')

    # Shade the enclosed area (net work done by the gas)
    ax.fill_between(V_iso, P_iso, P_B, color='gold', alpha=0.35)
    ax.text(1.8, 1.55, r'$W_{net}$', fontsize=14)

    # Direction arrows at the middle of each process
    i = 60
    ax.annotate('', xy=(V_iso[i + 1], P_iso[i + 1]), xytext=(V_iso[i - 1], P_iso[i - 1]),
                arrowprops=dict(arrowstyle='-|>', color='tab:red', lw=2, mutation_scale=20))
    ax.annotate('', xy=(2.3, 1.0), xytext=(2.6, 1.0),
                arrowprops=dict(arrowstyle='-|>', color='tab:blue', lw=2, mutation_scale=20))
    ax.annotate('', xy=(1.0, 2.7), xytext=(1.0, 2.3),
                arrowprops=dict(arrowstyle='-|>', color='tab:green', lw=2, mutation_scale=20))

    # State points
    for V, P, name in [(V_A, P_A, 'A'), (V_B, P_B, 'B'), (V_C, P_C, 'C')]:
        ax.plot(V, P, 'ko', markersize=7, zorder=5)
    ax.text(V_A + 0.08, P_A + 0.1, 'A (1 L, 4 atm)', fontsize=11)
    ax.text(V_B + 0.05, P_B + 0.15, 'B (4 L, 1 atm)', fontsize=11)
    ax.text(V_C - 0.1, P_C - 0.35, 'C (1 L, 1 atm)', fontsize=11, ha='left')

    # Dashed guide lines
    ax.plot([0, V_A], [P_A, P_A], 'k:', linewidth=0.8)
    ax.plot([V_B, V_B], [0, P_B], 'k:', linewidth=0.8)

    ax.set_xlim(0, 5.2)
    ax.set_ylim(0, 5)
    ax.set_xlabel('Volume V (L)', fontsize=12)
    ax.set_ylabel('Pressure P (atm)', fontsize=12)
    ax.set_title('P–V diagram of a thermodynamic cycle', fontsize=13)
    ax.legend(loc='upper right', fontsize=10)
    ax.grid(True, alpha=0.3)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
