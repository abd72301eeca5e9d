"""The review reports (html, review-md, claimreview) and the source text behind them."""

from __future__ import annotations

import datetime as dt
import html.parser
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from checks.cli import main
from checks.engine import run as run_engine
from checks.loading import Location
from checks.options import Options
from checks.reporters import RenderOptions, load_reporters
from checks.reporters.claimreview import rating_name
from checks.results import (
    Acknowledgement,
    CheckResult,
    FileResult,
    Operand,
    RunResult,
    SourceSummary,
    Verdict,
)
from checks.sources import article_from_html, quote_spans

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT.parent / "shared" / "seeds" / "000_51d4cfd94bd35d6b.txt"
REPORTERS = load_reporters()
OPTIONS = RenderOptions(today=dt.date(2024, 5, 1), review_author="Desk")
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def with_text(folder: Path, text_name: str = "article.txt") -> Path:
    """The seed claims in ``folder`` with ``source.text`` pointing at ``text_name``."""
    claims = (ROOT / "claims" / "iran_pakistan.yaml").read_text(encoding="utf-8")
    published = "  published: 2018-09-05\n"
    claims = claims.replace(published, f"{published}  text: {text_name}\n", 1)
    target = folder / "iran_pakistan.yaml"
    target.write_text(claims, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEED_TEXT.is_file():
        pytest.skip(f"the seed text is not at {SEED_TEXT}")
    folder = tmp_path_factory.mktemp("seed")
    shutil.copyfile(SEED_TEXT, folder / "article.txt")
    with_text(folder)
    return folder


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> RunResult:
    return run_engine([str(seed_dir)])


def render(name: str, run: RunResult) -> str:
    return REPORTERS[name].render(run, OPTIONS)


class Page(html.parser.HTMLParser):
    """What the structural tests look at in an HTML report."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}
        self.links: list[tuple[str, str]] = []  # (href, the innermost id-bearing ancestor tag)
        self.mark_targets: dict[str, str] = {}
        self.back_links: dict[str, str] = {}  # claim row id -> href of its "in the article" link
        self.resources: list[tuple[str, str, str]] = []
        self.check_verdicts: list[tuple[str, str]] = []
        self.attention: list[str] = []
        self.styles: list[str] = []
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._in_style = False
        self.feed(text)
        self.close()

    def _within(self, tag: str, attribute: str = "id") -> str | None:
        for name, attrs in reversed(self._stack):
            if name == tag and attribute in attrs:
                return attrs[attribute]
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            assert values["id"] not in self.ids, f"duplicate id {values['id']}"
            self.ids[values["id"]] = tag
        for attribute in ("src", "href", "xlink:href", "data"):
            if attribute in values and tag != "a":
                self.resources.append((tag, attribute, values[attribute]))
        if tag == "a" and "href" in values:
            href = values["href"]
            self.links.append((href, tag))
            mark = self._within("mark")
            if mark is not None:
                self.mark_targets[mark] = href
            row = self._within("tr")
            if row is not None and "back" in values.get("class", ""):
                self.back_links[row] = href
            if self._within("nav") == "attention" and href.startswith("#"):
                self.attention.append(href[1:])
        if tag == "section" and "check" in values.get("class", "").split():
            verdict = next(c[2:] for c in values["class"].split() if c.startswith("v-"))
            self.check_verdicts.append((values["id"], verdict))
        self._in_style = tag == "style"
        if tag not in {"br", "meta", "link", "input", "img", "hr", "path", "line", "circle",
                       "rect"}:  # fmt: skip
            self._stack.append((tag, values))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


# source text ---------------------------------------------------------------------------


def test_quote_spans_map_back_to_the_original_text() -> None:
    text = "Intro.\n\nThe 2,775-kilometre Iran–Pakistan\n  gas pipeline, “the deal”, and more."
    (span,) = quote_spans(text, "The 2,775-kilometre Iran-Pakistan gas pipeline")
    assert text[span[0] : span[1]] == "The 2,775-kilometre Iran–Pakistan\n  gas pipeline"
    (quoted,) = quote_spans(text, '"the deal"')
    assert text[quoted[0] : quoted[1]] == "“the deal”"
    assert quote_spans(text, "not there") == ()
    assert len(quote_spans("a 5 b 5 c", "5")) == 2


def test_html_source_is_reduced_to_the_article() -> None:
    page = (
        "<html><head><title>T</title><script>var x = 'cancel $999 million';</script></head>"
        "<body><nav>Home | World | Sign in</nav><article><h1>Pipeline</h1>"
        + "".join(
            f"<p>Paragraph {i}: Iran has completed its segment, which runs 900 kilometers "
            "(559 miles), while Pakistan has not built its 700 km segment.</p>"
            for i in range(6)
        )
        + "</article><footer>© Newsroom</footer></body></html>"
    )
    text = article_from_html(page)
    assert "runs 900 kilometers (559 miles)" in text
    assert "$999 million" not in text and "Sign in" not in text
    assert "runs 900" in article_from_html("<div>It runs 900 kilometers.</div>")


def test_html_source_text_is_checked(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><body><article>"
        + "<p>Filler sentence about the region and its politics, long enough to count.</p>" * 3
        + "<p>Iran has already completed the construction of its segment of a gas pipeline, "
        "which runs 900 kilometers (559 miles).</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.yaml").write_text(
        "source: {title: T, published: 2018-09-05, text: page.html}\n"
        "claims:\n  a: {value: 900 km, quote: runs 900 kilometers (559 miles)}\n",
        encoding="utf-8",
    )
    (file,) = run_engine([str(tmp_path)]).files
    (quote,) = [c for c in file.checks if c.kind == "quote"]
    assert quote.verdict is Verdict.CONSISTENT
    assert file.text is not None and "<p>" not in file.text
    (claim,) = file.claims
    (span,) = claim.spans
    assert file.text[span[0] : span[1]] == "runs 900 kilometers (559 miles)"


def test_a_reference_never_splits_a_word(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "The budget rose 6% from last year's $389 million.\n", encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text(
        "source: {title: T, published: 2024-03-12, text: story.txt}\n"
        "claims:\n  rise: {value: 6%, quote: rose 6% from last year}\n",
        encoding="utf-8",
    )
    page = render("html", run_engine([str(tmp_path)], Options(details=True)))
    assert "last year</a></mark><sup" not in page  # was "last year[1]'s"
    assert "last year</a></mark>&#39;s<sup class=\"ref\">" in page


def test_quote_not_in_text_or_with_another_figure_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("It runs 900 kilometers (559 miles).", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "source: {title: T, published: 2018-09-05, text: t.txt}\n"
        "claims:\n"
        "  gone: {value: 900 km, quote: runs 950 kilometers}\n"
        "  other: {value: 599 mi, quote: runs 900 kilometers (559 miles)}\n"
        "  fine: {value: 559 mi, quote: runs 900 kilometers (559 miles)}\n",
        encoding="utf-8",
    )
    (file,) = run_engine([str(tmp_path)]).files
    verdicts = {c.check_id: c.verdict for c in file.checks}
    assert verdicts == {
        "quote-gone": Verdict.MISMATCH, "quote-other": Verdict.MISMATCH,
        "quote-fine": Verdict.CONSISTENT,
    }  # fmt: skip
    page = render("html", RunResult((file,)))
    assert "not found in the text" in page
    parsed = Page(page)
    assert "f0-c-gone" not in parsed.back_links and "f0-c-fine" in parsed.back_links


def test_source_text_outside_the_tree_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("Private: runs 900 kilometers", encoding="utf-8")
    inner = tmp_path / "claims"
    inner.mkdir()
    (inner / "c.yaml").write_text(
        "source: {title: T, published: 2018-09-05, text: ../secret.txt}\n"
        "claims:\n  a: {value: 900 km, quote: runs 900 kilometers}\n",
        encoding="utf-8",
    )
    (file,) = run_engine([str(inner)]).files
    assert [c.verdict for c in file.checks] == [Verdict.ERROR]
    assert "outside" in file.checks[0].message
    assert file.text is None and "Private" not in render("html", RunResult((file,)))


# html ----------------------------------------------------------------------------------


def test_every_quoted_claim_is_marked_and_linked_both_ways(seed: RunResult) -> None:
    (file,) = seed.files
    page = Page(render("html", seed))
    quoted = [c for c in file.claims if c.quote]
    assert quoted and all(c.spans for c in quoted)
    for claim in quoted:
        row = f"f0-c-{claim.claim_id}"
        assert page.ids.get(row) == "tr"
        href = page.back_links[row]
        assert page.ids.get(href[1:]) == "mark", (claim.claim_id, href)
    for mark, href in page.mark_targets.items():
        assert page.ids.get(href.lstrip("#")) == "tr", (mark, href)
    for href, _ in page.links:
        if href.startswith("#"):
            assert href[1:] in page.ids, href


def test_mismatch_first_and_in_the_attention_list(seed: RunResult) -> None:
    page = Page(render("html", seed))
    assert page.attention[0] == "f0-k-pipeline-segments-total"
    order = [verdict for _, verdict in page.check_verdicts]
    assert order.index("consistent") > max(i for i, v in enumerate(order) if v == "mismatch")
    text = render("html", seed)
    assert text.index("pipeline-segments-total") < text.index('id="f0-k-withheld-total"')
    assert "<svg" in text and "stated total 2,775 km" in text


def test_no_external_resources(seed: RunResult) -> None:
    text = render("html", seed)
    page = Page(text)
    for tag, attribute, value in page.resources:
        assert not re.match(r"(https?:)?//", value), (tag, attribute, value)
    assert "<script" not in text
    for css in page.styles:
        assert "@import" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert "@media print" in "".join(page.styles)


def test_known_mismatch_shows_reason_reviewer_expiry_and_everything_is_escaped() -> None:
    nasty = '<script>alert("x")</script> & <b>'
    known = CheckResult(
        "pipe", "sum", Verdict.KNOWN, Location("c.yaml", 3, 5), message=f"off {nasty}",
        known=Acknowledgement(f"route {nasty}", by="Ed <ed@x>", until="2030-01-01"),
        operands=(Operand("a", "900 km", nasty, "899.5–900.5 km", "895–905 km"),),
    )  # fmt: skip
    file = FileResult(
        "c.yaml", checks=(known,), source=SourceSummary(title=nasty, url="javascript:x"),
        text=f"text {nasty}",
    )  # fmt: skip
    text = render("html", RunResult((file,)))
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    assert "route &lt;script&gt;" in text and "Ed &lt;ed@x&gt;" in text and "2030-01-01" in text
    markdown = render("review-md", RunResult((file,)))
    assert "<script>" not in markdown and "2030-01-01" in markdown and "Ed \\<ed@x\\>" in markdown


# markdown and claimreview ----------------------------------------------------------------


def test_review_markdown_carries_quotes_in_bold_and_arithmetic(seed: RunResult) -> None:
    text = render("review-md", seed)
    assert text.startswith("# Claim review\n")
    assert "**The 2,775-kilometre Iran–Pakistan gas pipeline**" in text
    assert "900 km + 700 km = 1,600 km" in text
    attention = text.split("## What needs attention", 1)[1].split("\n## ", 1)[0]
    assert "`pipeline-segments-total`" in attention
    excerpts = text.split("### The figures in the article", 1)[1]
    assert " **" in excerpts
    glued = re.findall(r"\w\*\*\w", excerpts)  # "council**on": the article's spaces lost
    assert not glued, glued


def test_claimreview_is_json_ld(seed: RunResult) -> None:
    document = json.loads(render("claimreview", seed))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == sum(1 for _ in seed.all_checks())
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["datePublished"] == "2024-05-01"
        assert review["author"] == {"@type": "Organization", "name": "Desk"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2018-09-05"
        assert item["author"] == {"@type": "Person", "name": "Orkhan Jalilov"}
        appearance = item["appearance"]
        assert appearance["@type"] == "CreativeWork"
        assert appearance["headline"] == "Iran, Pakistan Bolster Ties Amid Pressure from The U.S."
    (pipeline,) = [r for r in reviews if r["identifier"].endswith("#pipeline-segments-total")]
    assert pipeline["reviewRating"]["alternateName"] == "Figures do not add up"
    assert "2,775-kilometre" in pipeline["claimReviewed"]


def test_claimreview_ratings_follow_verdicts() -> None:
    def one(verdict: Verdict, kind: str = "sum") -> str:
        return rating_name(CheckResult("x", kind, verdict, Location("c.yaml", 1, 1)))

    assert one(Verdict.CONSISTENT) == "Figures add up"
    assert one(Verdict.CONSISTENT, "quote") == "Accurate"
    assert one(Verdict.MISMATCH) == "Figures do not add up"
    assert one(Verdict.ROUNDING) == "Accurate within rounding"
    assert one(Verdict.KNOWN) == "Known discrepancy"
    assert one(Verdict.ERROR) == "Could not be checked"
    assert len({one(v) for v in Verdict}) == len(Verdict)


def test_reports_carry_the_same_verdicts_as_json(seed: RunResult) -> None:
    (data,) = json.loads(render("json", seed))["files"]
    expected = {c["id"]: c["verdict"] for c in data["checks"]}
    assert expected["pipeline-segments-total"] == "mismatch"
    assert all(v == "consistent" for k, v in expected.items() if k.startswith("quote-"))

    page = Page(render("html", seed))
    assert {i.removeprefix("f0-k-"): v for i, v in page.check_verdicts} == expected

    markdown = re.findall(r"^#### \S+ \*\*(\w+)\*\* `([^`]+)`", render("review-md", seed), re.M)
    assert {check_id: verdict for verdict, check_id in markdown} == expected

    names = {rating_name(c): c.verdict.value for _, c in seed.all_checks()}
    reviews = json.loads(render("claimreview", seed))["@graph"]
    found = {
        r["identifier"].rsplit("#", 1)[1]: names[r["reviewRating"]["alternateName"]]
        for r in reviews
    }
    assert found == expected


def test_cli_writes_reports(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.html"
    assert main(["run", str(seed_dir), "--format", "html", "--output", str(out)]) == 1
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code = main(["run", str(seed_dir), "-f", "claimreview", "--review-author", "Fact Desk",
                 "--today", "2024-01-02"])  # fmt: skip
    assert code == 1
    document = json.loads(capsys.readouterr().out)
    assert {r["author"]["name"] for r in document["@graph"]} == {"Fact Desk"}
    assert {r["datePublished"] for r in document["@graph"]} == {"2024-01-02"}


# a real browser ------------------------------------------------------------------------


def browser_api() -> Any:
    """playwright's API, or a skip when Chromium or playwright is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does)")
    return pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install '.[test]')"
    )


def test_review_in_a_real_browser(seed: RunResult, tmp_path: Path) -> None:
    sync_api = browser_api()
    report = tmp_path / "review.html"
    report.write_text(render("html", seed), encoding="utf-8")
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
            page.goto(report.as_uri())
            attention = page.locator("nav#attention")
            assert attention.is_visible()
            first = attention.locator("ol > li").first
            assert "pipeline-segments-total" in first.inner_text()
            assert "mismatch" in first.inner_text()
            mark = page.locator("mark", has_text="The 2,775-kilometre Iran–Pakistan gas pipeline")
            mark.click()
            page.wait_for_function("location.hash === '#f0-c-pipeline_length'")
            row = page.locator("#f0-c-pipeline_length")
            assert _in_view(page, row)
            page.locator("#f0-c-pipeline_length a.back").click()
            page.wait_for_function("location.hash.startsWith('#f0-m')")
            assert _in_view(page, mark)
            last_check = page.locator(".findings .check").last
            last_check.scroll_into_view_if_needed()
            # the article stays beside the checks while a reader scrolls through them
            assert _in_view(page, last_check) and _in_view(page, mark)
            page.goto(report.as_uri())
            for path in (tmp_path / "review.png", Path("/tmp/review-screenshot.png")):
                page.screenshot(path=str(path), full_page=False)
            page.pdf(path=str(tmp_path / "review.pdf"), format="A4")
        finally:
            browser.close()
    assert errors == []
    assert (tmp_path / "review.png").stat().st_size > 10_000
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")


def _in_view(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    viewport = page.viewport_size
    return bool(box) and box["y"] < viewport["height"] and box["y"] + box["height"] > 0


CHART_CLAIMS = """\
source: {title: City budget, published: 2026-03-14}
claims:
  schools: {value: $480 million}
  police: {value: $310 million}
  parks: {value: $95 million}
  other: {value: $315 million}
  total: {value: $1.2 billion}
  rate_a: {value: 40%}
  rate_b: {value: 40.2%}
  leg_a: {value: 900 km}
  leg_b: {value: 700 km}
  route: {value: "1,600 km"}
checks:
  - {id: budget, sum: [schools, police, parks, other], equals: total}
  - {id: rates, same: [rate_a, rate_b]}
  - {id: route, sum: [leg_a, leg_b], equals: route}
"""


@pytest.mark.parametrize(
    ("check_id", "caption", "label"),
    [
        (
            "budget",
            "$480 million + $310 million + $95 million + $315 million = $1.2 billion "
            "against the stated total $1.2 billion",
            "parts = $1.2 billion",
        ),
        (
            "route",
            "900 km + 700 km = 1,600 km against the stated total 1,600 km",
            "parts = 1,600 km",
        ),
        ("rates", "40%, 40.2% on one scale (%): they share 40.15–40.25%", None),
    ],
)
def test_charts_write_numbers_as_the_figures_are_written(
    tmp_path: Path, check_id: str, caption: str, label: str | None
) -> None:
    """Money keeps its sign before the number ($1.2 billion, never "1.2 $ billion")."""
    from checks.reporters.charts import drawing

    path = tmp_path / "budget.yaml"
    path.write_text(CHART_CLAIMS, encoding="utf-8")
    (result,) = run_engine([str(path)], Options(details=True)).files
    check = next(c for c in result.checks if c.check_id == check_id)
    picture = drawing(check.chart)
    assert picture is not None
    assert picture.title == caption
    if label is not None:
        assert label in [item.text for item in picture.labels]
    if check_id == "budget":  # $95 million is too narrow to carry its label: a legend says it
        assert [text for _, text in picture.legend] == [
            "$480 million", "$310 million", "$95 million", "$315 million"
        ]
    if check_id == "route":  # both parts carry their labels
        assert picture.legend == ()


def test_a_long_label_is_cut_between_words_onto_two_lines() -> None:
    """"3.26 trillion vehicle miles" is "3.26 trillion vehicle" over "miles", not cut to
    "3.26 trillion vehicl…"; a short label stays one line, and only a second line too long
    for the margin is cut (the caption has every figure in full)."""
    from checks.reporters.charts import drawing
    from checks.results import Chart, ChartBar

    def bar(text: str, value: float) -> ChartBar:
        return ChartBar(text, text, value, value, value, value, value)

    chart = Chart("same", "trillion vehicle miles", (
        bar("3.26 trillion vehicle miles", 3.26),
        bar("3.3 trillion", 3.3),
        bar("12.4 billion passenger-kilometres-by-rail", 0.0077),
    ))  # fmt: skip
    picture = drawing(chart)
    assert picture is not None
    rows = [label for label in picture.labels if label.anchor == "end"][:-1]  # the axis unit
    assert [label.text for label in rows] == [
        "3.26 trillion vehicle", "miles", "3.3 trillion", "12.4 billion", "passenger-kilometres…"
    ]
    first, second = rows[:2]
    assert first.x == second.x and second.y - first.y == 13


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_never_scrolls_sideways(tmp_path: Path, width: int) -> None:
    """Long check ids (made from operand names) wrap; wide tables scroll in their box."""
    sync_api = browser_api()
    claims = tmp_path / "budget.yaml"
    claims.write_text(CHART_CLAIMS.replace("{id: budget, ", "{"), encoding="utf-8")
    result = run_engine(["claims", str(claims)], Options(details=True))
    report = tmp_path / "review.html"
    report.write_text(render("html", result), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(report.as_uri())
            assert "sum-schools-police-parks-other" in page.content()
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
        finally:
            browser.close()
    assert scroll <= client
