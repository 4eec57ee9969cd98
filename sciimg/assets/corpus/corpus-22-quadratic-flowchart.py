import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as patches


def draw_diagram():
    # Flowchart of an algorithm that solves ax^2 + bx + c = 0
    fig, ax = plt.subplots(figsize=(7, 8))

    def box(x, y, text, kind='process', w=3.2, h=0.8):
        if kind == 'terminal':
            shape = patches.FancyBboxPatch((x - w / 2, y - h / 2), w, h,
                                           boxstyle='round,pad=0.02,rounding_size=0.4',
                                           facecolor='#d5f5e3', edgecolor='black', lw=1.5)
        elif kind == 'io':
            s = 0.3
            shape = patches.Polygon([(x - w / 2 + s, y + h / 2), (x + w / 2 + s, y + h / 2),
                                     (x + w / 2 - s, y - h / 2), (x - w / 2 - s, y - h / 2)],
                                    closed=True, facecolor='#fdebd0', edgecolor='black', lw=1.5)
        elif kind == 'decision':
            shape = patches.Polygon([(x, y + h), (x + w / 2, y), (x, y - h), (x - w / 2, y)],
                                    closed=True, facecolor='#fcf3cf', edgecolor='black', lw=1.5)
        else:
            shape = patches.Rectangle((x - w / 2, y - h / 2), w, h, facecolor='#d6eaf8',
                                      edgecolor='black', lw=1.5)
        ax.add_patch(shape)
        ax.text(x, y, text, ha='center', va='center', fontsize=11)

    def arrow(p0, p1, label=None, label_pos=None):
        ax.annotate('', xy=p1, xytext=p0,
                    arrowprops=dict(arrowstyle='-|>', color='black', lw=1.3))
        if label:
            ax.text(*label_pos, label, fontsize=11, fontweight='bold')

    box(0, 9, 'Start', 'terminal', w=2.2)
    box(0, 7.8, 'Input a, b, c', 'io')
    box(0, 6.6, r'$D = b^2 - 4ac$')
    box(0, 5.0, 'D < 0 ?', 'decision', w=2.8, h=0.8)
    box(3.3, 5.0, 'Print "No real\nroots"', 'io', w=2.4, h=1.0)
    box(0, 3.1, 'D = 0 ?', 'decision', w=2.8, h=0.8)
    box(3.3, 3.1, r'$x = -b / 2a$', w=2.4)
    box(0, 1.4, r'$x_{1,2} = (-b \pm \sqrt{D}) / 2a$', w=3.4, h=0.9)
    box(0, 0.0, 'Stop', 'terminal', w=2.2)

    arrow((0, 8.6), (0, 8.2))
    arrow((0, 7.4), (0, 7.0))
    arrow((0, 6.2), (0, 5.8))
    arrow((1.4, 5.0), (2.05, 5.0), 'Yes', (1.45, 5.1))
    arrow((0, 4.2), (0, 3.9), 'No', (0.15, 4.0))
    arrow((1.4, 3.1), (2.1, 3.1), 'Yes', (1.45, 3.2))
    arrow((0, 2.3), (0, 1.85), 'No', (0.15, 2.05))
    arrow((0, 0.95), (0, 0.4))

    # Side paths back to Stop
    ax.plot([3.3, 5.0, 5.0], [4.5, 4.5, 0.0], color='black', lw=1.3)
    ax.plot([3.3, 3.3], [2.7, 0.0], color='black', lw=1.3)
    arrow((5.0, 0.0), (1.1, 0.0))

    ax.set_xlim(-2.5, 5.6)
    ax.set_ylim(-0.6, 9.6)
    ax.set_aspect('equal')
    ax.axis('off')
    ax.set_title(r'Flowchart: solving $ax^2 + bx + c = 0$', fontsize=13)

    plt.tight_layout()
    plt.savefig("diagram.png", dpi=100, bbox_inches="tight")
    plt.show()


if __name__ == "__main__":
    draw_diagram()
