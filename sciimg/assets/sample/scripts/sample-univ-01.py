import matplotlib.pyplot as plt

# Weekly bicycle sales over five weeks.
weeks = ["Week 1", "Week 2", "Week 3", "Week 4", "Week 5"]
sales = [12, 18, 9, 14, 22]

fig, ax = plt.subplots(figsize=(6, 4.5))
bars = ax.bar(weeks, sales, color="#4c72b0", edgecolor="black", width=0.6)
for bar, val in zip(bars, sales):
    ax.text(bar.get_x() + bar.get_width() / 2, val + 0.4, str(val), ha="center", va="bottom",
            fontsize=12, fontweight="bold")
ax.set_ylabel("Bicycles sold")
ax.set_title("Weekly bicycle sales")
ax.set_ylim(0, 25)
ax.set_yticks(range(0, 26, 5))
ax.grid(axis="y", color="0.85", lw=0.8)
ax.set_axisbelow(True)
ax.spines["top"].set_visible(False)
ax.spines["right"].set_visible(False)
