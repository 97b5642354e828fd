"""The wheel is whole: built, installed into a fresh venv, and run outside the source tree."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    build = tmp_path_factory.mktemp("build")
    # Build from a copy, so that no build/ or egg-info is left in (or reused from) the tree.
    source = build / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            "build",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".*_cache",
            ".hypothesis",
            ".venv*",  # CI's venvs (.ci/run), hundreds of MB each
            "venv",
        ),
    )
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(dist),
            str(source),
        ],
        check=True,
        cwd=build,
        env=env,
        timeout=300,
    )
    (found,) = dist.glob("glossary_reader-*.whl")
    return found


def test_wheel_ships_code_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "resources/articles/deepseek-id.md" in names
    assert "resources/glossary/deepseek.toml" in names
    assert "resources/vocabulary/id-en.toml" in names
    # The icons, Lucide's licence with them, and the application's own icon.
    assert {"resources/icons/LICENSE", "resources/icons/glossary-reader.svg"} <= names
    assert "resources/icons/folder-open.svg" in names and "resources/icons/arrow-left.svg" in names
    assert "glossary/terms/matching.py" in names and "desktop/mainwindow.py" in names
    assert "glossary/export/html.py" in names
    assert not any(n.startswith("tests/") for n in names)


def install(wheel: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh venv with only the wheel installed: (its bin folder, its site-packages)."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = str(bindir / "python")
    # The dependencies come from this test run's environment (no download), added to
    # the venv's path after its own site-packages; the project comes only from the wheel.
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    outer = [p for p in (*site.getsitepackages(), site.getusersitepackages()) if Path(p).is_dir()]
    Path(purelib, "outer-environment.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    return bindir, Path(purelib)


def test_installed_wheel_runs_terms_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    bindir, _ = install(wheel, tmp_path)
    python = str(bindir / "python")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [python, "-c", "import glossary, resources; print(glossary.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(bindir.parent)
    result = subprocess.run(
        [str(bindir / "glossary-reader"), "terms", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"mic-2025", "mixture-of-experts", "nvidia"} <= {r["entry"] for r in rows}
    exported = subprocess.run(
        [str(bindir / "glossary-reader"), "--data-dir", "data", "export", "--format", "html"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    assert len(list(elsewhere.glob("*.html"))) == 1


def test_damaged_installed_glossary_gives_a_clear_message(wheel: Path, tmp_path: Path) -> None:
    bindir, purelib = install(wheel, tmp_path)
    installed = purelib / "resources" / "glossary" / "deepseek.toml"
    with installed.open("a", encoding="utf-8") as handle:
        handle.write('\n[[entry]]\nid = "broken"\ncategory = "ai"\n')
    result = subprocess.run(
        [str(bindir / "glossary-reader"), "terms"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "deepseek.toml: entry 'broken'" in result.stderr
    assert "missing fields" in result.stderr
