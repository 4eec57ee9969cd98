import matplotlib.pyplot as plt

# EI mass spectrum (stick plot) of a saturated alkyl bromide
fig, ax = plt.subplots(figsize=(6.4, 4.5))
peaks = [(29, 30), (41, 45), (57, 100), (136, 21), (138, 20)]
for mz, inten in peaks:
    ax.vlines(mz, 0, inten, color="black", lw=2.2)

for mz, inten in peaks[:3]:
    ax.text(mz, inten + 2, f"{mz}\n({inten}%)", ha="center", va="bottom", fontsize=10)
# the close molecular-ion pair: labels offset to either side
ax.annotate("136 (21%)", xy=(136, 21), xytext=(118, 33), ha="center", fontsize=10,
            arrowprops=dict(arrowstyle="-", color="0.4", lw=0.8))
ax.annotate("138 (20%)", xy=(138, 20), xytext=(146, 33), ha="center", fontsize=10,
            arrowprops=dict(arrowstyle="-", color="0.4", lw=0.8))
ax.text(137, 44, "molecular-ion peaks\n(M$^+$ with $^{79}$Br / $^{81}$Br)", ha="center", fontsize=9,
        color="tab:blue")
ax.text(57 + 4, 96, "base peak", ha="left", va="top", fontsize=9, color="tab:red")

ax.set_xlim(0, 160)
ax.set_ylim(0, 118)
ax.set_xticks(range(0, 161, 20))
ax.set_yticks(range(0, 101, 20))
ax.set_xlabel("m/z")
ax.set_ylabel("Relative intensity (%)")
ax.set_title("EI mass spectrum of an alkyl bromide")
ax.spines[["top", "right"]].set_visible(False)
fig.tight_layout()
