"""kg.precompiled: the fork server takes geokg's code from the file the building process wrote,
and compiles a module itself where its source changed since or the file is missing."""
from __future__ import annotations

import importlib.util
import marshal
import os
import sys
from pathlib import Path

import kg
from kg import precompiled


def _load(entries: precompiled.Entries, name: str = "kg.errors") -> object:
    spec = precompiled._Finder(entries).find_spec(name, kg.__path__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entries_with(source: str, *, same_stat: bool) -> precompiled.Entries:
    path = os.path.abspath(Path(kg.__file__).parent / "errors.py")
    stat = os.stat(path)
    mtime = stat.st_mtime_ns if same_stat else stat.st_mtime_ns + 1
    return {path: (mtime, stat.st_size, marshal.dumps(compile(source, path, "exec")))}


def test_every_module_is_written(tmp_path: Path) -> None:
    target = tmp_path / "modules"
    precompiled.write(target)
    entries = marshal.loads(target.read_bytes())
    assert os.path.abspath(kg.__file__) in entries
    assert hasattr(_load(entries), "InputError")


def test_the_code_comes_from_the_file() -> None:
    assert _load(_entries_with("MADE_HERE = 1", same_stat=True)).MADE_HERE == 1


def test_a_changed_source_is_compiled_again() -> None:
    module = _load(_entries_with("MADE_HERE = 1", same_stat=False))
    assert not hasattr(module, "MADE_HERE") and hasattr(module, "InputError")


def test_other_packages_are_left_to_the_path_finder() -> None:
    assert precompiled._Finder({}).find_spec("json") is None


def test_no_file_no_finder(tmp_path: Path) -> None:
    assert precompiled.use(str(tmp_path / "missing"), wait=0.0) is False


def test_the_file_and_its_folder_go_once_read(tmp_path: Path) -> None:
    folder = tmp_path / "code"
    folder.mkdir()
    precompiled.write(folder / "modules")
    finders = list(sys.meta_path)
    try:
        assert precompiled.use(str(folder / "modules"), wait=0.0) is True
    finally:
        sys.meta_path[:] = finders
    assert not folder.exists()
