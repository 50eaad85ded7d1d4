"""The basic plotly.js build: the same version as plotly's own, checked before use, served in its place."""

from __future__ import annotations

import io
import tarfile

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard.app import create_app
from dashboard.cli import plotly_bundle
from dashboard.settings import Settings, SettingsError
from dashboard.web.routes import DASH_PLOTLY_JS
from tests.conftest import HEADER, dataset_from


def test_the_pinned_build_is_the_version_plotly_draws_with():
    assert plotly_bundle.VERSION == get_plotlyjs_version()


def _tarball(content: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        member = tarfile.TarInfo(plotly_bundle.MEMBER)
        member.size = len(content)
        archive.addfile(member, io.BytesIO(content))
    return buffer.getvalue()


def test_a_tarball_that_is_not_the_pinned_one_is_refused():
    with pytest.raises(ValueError, match="integrity"):
        plotly_bundle.extract(_tarball(b"window.Plotly = 'not plotly';"))


def test_a_named_build_that_does_not_exist_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"MALBILD_PLOTLY_JS": str(tmp_path / "saknas.js")})
    assert error.value.message.key == "settings.no_such_file"


def test_the_app_serves_the_build_to_its_charts_and_embeds(tmp_path):
    build = tmp_path / "plotly-basic.min.js"
    build.write_bytes(b"/* basic */")
    settings = Settings.from_env({"MALBILD_PLOTLY_JS": str(build), "MALBILD_CACHE_DIR": "off"})
    data = HEADER + "\nBorås,1490,,Vård,,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,\n"
    client = create_app(settings, dataset_from(data)).server.test_client()
    for path in (DASH_PLOTLY_JS, "/vendor/plotly.min.js"):
        response = client.get(path)
        assert response.status_code == 200 and response.data == b"/* basic */"
