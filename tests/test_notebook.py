"""notebooks/walkthrough.ipynb runs top to bottom in a real kernel, every cell shows something,
it draws its matplotlib plots, and it leaves no temporary folder behind."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
pytest.importorskip("matplotlib", reason="matplotlib is not installed")

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "walkthrough.ipynb"


def leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("geokg-walkthrough-*"))


def test_the_walkthrough_runs_without_errors_and_shows_results(tmp_path: Path) -> None:
    before = leftovers()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell

    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(o.output_type != "error" for c in code for o in c.outputs)
    silent = [c.source.splitlines()[0] for c in code if not c.outputs]
    assert silent == ["store = open_store(OUT, read_only=True)"]  # only the helper definition is quiet

    html = "\n".join(o.get("data", {}).get("text/html", "") for c in code for o in c.outputs)
    assert html.count("<table>") >= 5  # three competency queries (two for dyads) and the actors
    assert "Ukraine" in html and "rows</p>" in html
    assert "<iframe srcdoc=" in html and "vis.Network" in html
    plots = [o for c in code for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(plots) >= 3
    assert code[-1].outputs[-1]["data"]["text/plain"] == "False"   # the temporary folder is gone
    assert leftovers() <= before
