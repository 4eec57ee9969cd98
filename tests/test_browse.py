"""The results browser in a real browser: headless Chromium (Debian `chromium`, driven by playwright) opens the static
site from the file system — every entry listed, every item rendered with no broken image, filters that change the
visible set ("failed" = exactly what the leaderboard counts as not perfect), keyboard navigation, no console error,
and the static parts without JavaScript. Without Chromium these tests fail in CI (`CI` set) and skip elsewhere."""

import json, os, re, shutil
from pathlib import Path
import pandas as pd
import pytest
from conftest import ROOT, run_cli
from sciimg.browse import browse_site, demo_runs, slug
from sciimg.leaderboard import entrants_from_runs

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    "The system Chromium: SCIIMG_CHROMIUM, else `chromium` on PATH, else /usr/bin/chromium."
    for c in (os.environ.get("SCIIMG_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if c and Path(c).is_file():
            return c
    return None


def need_browser():
    "playwright and Chromium, or a loud failure in CI and a skip (with the reason) elsewhere."
    why = ""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        why = "playwright is not installed (pip install -e '.[dev]')"
    if not why and chromium_path() is None:
        why = "no Chromium: apt-get install chromium (Debian's package; `playwright install` is not used)"
    if why and os.environ.get("CI"):
        pytest.fail(f"browser tests need a browser in CI: {why}")
    if why:
        print(f"skipping the browser tests: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    "Two small evaluated runs (reference scripts, a scripted ImgCoder test double) and their browser site."
    tmp = tmp_path_factory.mktemp("browse")
    items, runs = demo_runs(tmp / "runs")
    entrants = entrants_from_runs(runs, items)
    index = browse_site(entrants, {n: r["path"] for n, r in runs.items()}, items, tmp / "site", "sample", n_boot=100)
    return index, items, entrants


@pytest.fixture(scope="module")
def browser():
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, site):
    "The site opened from file://, with every console error and page error collected in `page.errors`."
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("requestfailed", lambda r: pg.errors.append(f"request failed: {r.url}"))
    pg.goto(site[0].as_uri())
    pg.wait_for_load_state("load")
    yield pg
    assert pg.errors == [], pg.errors  # no console error, no failed request, in any test
    pg.close()


def visible_entries(pg) -> set[tuple[str, str]]:
    "(item slug, generator) of the list rows shown."
    return {
        tuple(x)
        for x in pg.eval_on_selector_all(
            "#entries tr.entry", "rs => rs.filter(r => !r.hidden).map(r => [r.dataset.item, r.dataset.gen])"
        )
    }


def expected(entrants, keep) -> set[tuple[str, str]]:
    "(item slug, generator) of the leaderboard's per-item rows that `keep` accepts."
    return {(slug(r["item_id"]), e.name) for e in entrants for r in e.scores.to_dict("records") if keep(r)}


def choose(pg, name: str, value: str):
    pg.select_option(f"#filters select[name={name}]", value)


def show_item(pg, s: str):
    pg.evaluate("s => { location.hash = 'item-' + s }", s)
    pg.wait_for_function("s => document.getElementById('item-' + s).offsetParent !== null", arg=s)


def test_one_entry_per_item_and_generator(page, site):
    _, items, entrants = site
    rows = page.eval_on_selector_all("#entries tr.entry", "rs => rs.map(r => [r.dataset.gen, r.cells[0].innerText])")
    assert len(rows) == len(items) * len(entrants)
    assert {(g, i) for g, i in rows} == {(e.name, it.id) for e in entrants for it in items}
    n = len(rows)
    assert page.is_visible("#filters") and f"{n} of {n} entries, {len(items)} items" in page.inner_text(
        "#filters output"
    )


def test_every_item_renders_with_no_broken_image(page, site):
    _, items, entrants = site
    for it in items:
        s = slug(it.id)
        show_item(page, s)
        sec = f"#item-{s}"
        assert page.inner_text(f"{sec} h2") == it.id and not page.is_visible("#entries")
        page.wait_for_function("s => [...document.querySelectorAll(s + ' img')].every(i => i.complete)", arg=sec)
        imgs = page.eval_on_selector_all(f"{sec} img", "is => is.map(i => [i.naturalWidth, i.alt])")
        with_image = sum(
            bool(r["has_image"]) for e in entrants for r in e.scores.to_dict("records") if r["item_id"] == it.id
        )
        assert len(imgs) == with_image + 1  # every generator's figure and the reference render
        assert all(w > 0 and alt for w, alt in imgs), imgs  # decoded, with alt text
        assert page.locator(f"{sec} tr.quiz").count() == len(it.quizzes)


def test_failed_filter_is_the_leaderboards_not_perfect(page, site):
    _, _, entrants = site
    everything = visible_entries(page)
    choose(page, "outcome", "failed")
    failed = visible_entries(page)
    assert failed == expected(entrants, lambda r: r["perfect"] == 0) and failed != everything
    choose(page, "outcome", "perfect")
    assert visible_entries(page) == expected(entrants, lambda r: r["perfect"] == 1)
    choose(page, "outcome", "noimage")
    assert visible_entries(page) == expected(entrants, lambda r: not r["has_image"]) != set()
    choose(page, "outcome", "")
    assert visible_entries(page) == everything


def test_filters_and_search_change_the_visible_set(page, site):
    _, items, entrants = site
    choose(page, "gen", entrants[0].name)
    assert {g for _, g in visible_entries(page)} == {entrants[0].name}
    choose(page, "gen", "")
    choose(page, "subject", "Physics")
    assert {s for s, _ in visible_entries(page)} == {slug(it.id) for it in items if it.subject == "Physics"}
    choose(page, "subject", "")
    page.fill("#filters input[name=q]", items[1].id)
    assert {s for s, _ in visible_entries(page)} == {slug(items[1].id)}


def test_leaderboard_links_filter_the_list(page, site):
    _, _, entrants = site
    e = entrants[0]
    link = page.locator(f'#leaderboard a[data-filter-gen="{e.name}"][data-filter-outcome="failed"]')
    assert link.inner_text() == f"{int((e.scores['perfect'] == 0).sum())} failed"
    link.click()
    assert visible_entries(page) == expected([e], lambda r: r["perfect"] == 0)


def test_generators_disagree_sort_and_keyboard_navigation(page, site):
    _, items, _ = site
    choose(page, "sort", "disagree")
    first = page.eval_on_selector("#entries tr.entry:not([hidden])", "r => r.dataset.item")
    assert first == slug("sample-math-06")  # the only item one generator got perfect and the other did not
    order = page.evaluate(
        "() => [...new Set([...document.querySelectorAll('#entries tr.entry')].filter(r => !r.hidden).map(r => r.dataset.item))]"
    )
    page.locator("body").press("j")
    assert page.evaluate("location.hash") == f"#item-{order[0]}"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("location.hash") == f"#item-{order[1]}"
    assert page.get_attribute(f"#item-{order[1]} a.next", "href") == f"#item-{order[2]}"  # the pager follows the sort
    page.keyboard.press("k")
    assert page.evaluate("location.hash") == f"#item-{order[0]}"
    page.keyboard.press("Escape")
    assert page.evaluate("location.hash") == "#list" and page.is_visible("#entries")
    assert sorted(order) == sorted(slug(it.id) for it in items)


def test_static_parts_work_without_javascript(browser, site):
    index, items, entrants = site
    ctx = browser.new_context(java_script_enabled=False)
    pg = ctx.new_page()
    pg.goto(index.as_uri())
    assert not pg.is_visible("#filters")  # the filters need the script: hidden, with a note
    assert pg.locator("#entries tr.entry").count() == len(items) * len(entrants)
    s = slug(items[1].id)
    pg.click(f'#entries a[href="#item-{s}"] >> nth=0')
    assert pg.is_visible(f"#item-{s}") and pg.inner_text(f"#item-{s} h2") == items[1].id
    pg.wait_for_function("() => [...document.querySelectorAll('.item:target img')].every(i => i.complete)")
    assert all(w > 0 for w in pg.eval_on_selector_all(f"#item-{s} img", "is => is.map(i => i.naturalWidth)"))
    pg.click(f"#item-{s} a.next")
    assert pg.is_visible(f"#item-{slug(items[2].id)}")
    ctx.close()


def test_item_texts_are_escaped(browser, site, tmp_path):
    "A question holding markup is shown as text in the browser, never run."
    import dataclasses

    index, items, entrants = site
    evil = "<script>alert('q')</script><img src=x onerror=\"alert('i')\"> & <b>not bold</b>"
    its = [dataclasses.replace(items[0], question=evil, elements=[evil])] + items[1:]
    runs = {e.name: index.parent.parent / "runs" / e.name for e in entrants}
    out = browse_site(entrants, runs, its, tmp_path / "site", "sample", n_boot=10)
    pg, dialogs = browser.new_page(), []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(f"{out.as_uri()}#item-{slug(items[0].id)}")
    pg.wait_for_load_state("load")
    assert pg.inner_text(f"#item-{slug(items[0].id)} .question") == evil and dialogs == []
    assert pg.locator(f"#item-{slug(items[0].id)} .question b").count() == 0
    pg.close()


def test_report_command_writes_the_browser_with_the_leaderboards_counts(site, tmp_path):
    "`sciimg report --browse OUT`: a site with an entry per (item, generator); its outcome counts are the leaderboard's."
    index, _, entrants = site
    runs = index.parent.parent / "runs"
    args = [f"--run={e.name}={runs / e.name}" for e in entrants]
    r = run_cli(
        "report", *args, "--out", tmp_path / "report", "--browse", tmp_path / "browse", "--n-boot", "50", "--json"
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert str(tmp_path / "browse" / "index.html") in json.loads(r.stdout)["outputs"]
    html = (tmp_path / "browse" / "index.html").read_text()
    table = pd.read_csv(tmp_path / "report" / "table.csv").dropna(subset=["R_inv %"])
    assert html.count('<tr class="entry"') == int(table["Items"].sum())  # every item of the split, each generator
    from sciimg.stages import runs_from_dirs
    from sciimg.settings import load_settings

    shown = runs_from_dirs({e.name: runs / e.name for e in entrants}, load_settings(ROOT / "settings.ini"))
    rows = table.set_index("Generator").loc[[shown[e.name]["display"] for e in entrants]].to_dict("records")
    for e, row in zip(entrants, rows):
        perfect = int(re.search(rf'data-filter-gen="{e.name}"\s+data-filter-outcome="perfect">(\d+) perfect', html)[1])
        failed = int(re.search(rf'data-filter-gen="{e.name}"\s+data-filter-outcome="failed">(\d+) failed', html)[1])
        assert perfect == round(row["R_inv %"] * row["Items"] / 100) and perfect + failed == row["Items"]
