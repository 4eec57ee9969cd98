import matplotlib.pyplot as plt
import numpy as np


def absorption_band(wn, center, width, depth):
    """Lorentzian-shaped absorption band."""
    return depth / (1 + ((wn - center) / width) ** 2)


def draw_diagram():
    # Simulated IR spectrum of ethanoic acid (CH3COOH)
    wn = np.linspace(4000, 500, 1400)

    bands = [
        (3000, 250, 55, 'O–H stretch\n(broad, 2500–3300)'),
        (2950, 25, 20, None),
        (1710, 25, 85, 'C=O stretch\n1710'),
        (1410, 20, 35, None),
        (1290, 25, 55, 'C–O stretch\n1290'),
        (935, 30, 30, 'O–H bend\n935'),
        (620, 20, 25, None),
    ]

    absorbance = np.zeros_like(wn)
    for center, width, depth, _ in bands:
        absorbance += absorption_band(wn, center, width, depth)

    rng = np.random.default_rng(0)
    transmittance = 100 - absorbance + rng.normal(0, 0.6, wn.size)
    transmittance = np.clip(transmittance, 2, 100)

    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.plot(wn, transmittance, color='black', linewidth=1.1)

    # Label the important peaks
    for center, width, depth, label in bands:
        if label is None:
            continue
        idx = np.argmin(np.abs(wn - center))
        y_min = transmittance[idx]
        ax.annotate(label, xy=(center, y_min), xytext=(center, y_min - 22),
                    ha='center', va='top', fontsize=9, color='darkred',
                    arrowprops=dict(arrowstyle='->', color='darkred', lw=0.8))

    # Fingerprint region
    ax.axvspan(1500, 500, color='gray', alpha=0.1)
    ax.text(1000, 104, 'fingerprint region', ha='center', fontsize=9, color='dimgray')

    ax.set_xlim(4000, 500)      # wavenumber decreases to the right
    ax.set_ylim(-25, 110)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel(r'Wavenumber (cm$^{-1}$)', fontsize=12)
    ax.set_ylabel('Transmittance (%)', fontsize=12)
    ax.set_title(r'IR spectrum of ethanoic acid, $\mathrm{CH_3COOH}$', fontsize=13)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
