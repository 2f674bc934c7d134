"""A spaCy model named in GEOKG_SPACY_MODEL that is installed but broken stops the build with one
line, in this process and in worker processes (a worker that cannot start once hung the build)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import MIN_ARTICLES_FOR_WORKERS


def broken_model(folder: Path) -> Path:
    """A model folder whose meta is fine and whose config is not a config."""
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"lang": "de", "name": "broken", "version": "0.0.1",
                                                  "spacy_version": ">=3.8,<3.9"}), encoding="utf-8")
    (folder / "config.cfg").write_text("[nlp\n", encoding="utf-8")
    return folder


def articles(path: Path, count: int) -> Path:
    rows = (json.dumps({"id": f"a{i}", "text": f"Die Regierung in Berlin tagte am Montag. Satz {i}."})
            for i in range(count))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("count", [3, MIN_ARTICLES_FOR_WORKERS + 5], ids=["in-process", "workers"])
def test_a_broken_model_is_one_line(tmp_path: Path, count: int) -> None:
    env = {**os.environ, "GEOKG_SPACY_MODEL": str(broken_model(tmp_path / "model"))}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles(tmp_path / "in.jsonl", count)),
                           "--out", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("kg build:")]
    assert lines == [f"kg build: error: spaCy model {tmp_path / 'model'} is installed but cannot be "
                     f"loaded: ConfigValidationError: '[nlp\\n'"], done.stderr
    assert "Traceback" not in done.stderr


def test_a_model_that_is_not_installed_falls_back_to_the_rules(tmp_path: Path) -> None:
    env = {**os.environ, "GEOKG_SPACY_MODEL": "de_no_such_model"}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles(tmp_path / "in.jsonl", 3)),
                           "--out", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "graph.html").exists()
