"`--help` of every command shows what its source says: bracketed words such as [generator.NAME] stay literal, and the exit statuses are documented."

import re
import click
import typer
from typer.testing import CliRunner
from sciimg.cli import app

BRACKETED = re.compile(r"\[[A-Za-z_]+\.[A-Za-z_.]+\]")  # [generator.NAME], [answerer.NAME], [judge.NAME]…


def _commands(cmd: click.Command, path: tuple[str, ...] = ()):
    "Every (path, command) of the app, groups included."
    yield path, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def _texts(cmd: click.Command) -> list[str]:
    "The texts a command's help is made of: its own help and every parameter's."
    return [cmd.help or ""] + [getattr(p, "help", None) or "" for p in cmd.params]


def test_every_help_shows_bracketed_words_literally():
    root = typer.main.get_command(app)
    checked = 0
    for path, cmd in _commands(root):
        r = CliRunner().invoke(app, [*path, "--help"])
        assert r.exit_code == 0, (path, r.output)
        shown = " ".join(r.output.split())
        for text in _texts(cmd):
            for word in BRACKETED.findall(text):
                assert word in shown, f"sciimg {' '.join(path)} --help drops {word}"
                checked += 1
    assert checked >= 5  # generate, report, evaluate (answerer, judge, grader) at least


def test_exit_statuses_are_documented():
    shown = " ".join(CliRunner().invoke(app, ["--help"]).output.split())
    for words in ("0 complete", "2 a usage or settings error", "3 finished with infrastructure failures"):
        assert words in shown
    gen = " ".join(CliRunner().invoke(app, ["generate", "--help"]).output.split())
    assert "3 when some are left in an infrastructure status" in gen
