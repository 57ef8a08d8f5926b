"""A broker that speaks TLS: a screen given mqtts:// and the venue's CA follows; one without the CA is refused."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.venue.conftest import Broker, Observer, Screens, need_mosquitto

pytestmark = pytest.mark.slow


def make_certificates(folder):
    """A throw-away CA and a certificate for localhost signed by it (the openssl command line)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder.mkdir()

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
            "-subj", "/CN=venue test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=localhost")
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n", encoding="utf-8")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.crt", "-days", "2", "-extfile", "san.ext")
    for name in ("server.key", "ca.key"):
        (folder / name).chmod(0o600)
    return folder


@pytest.fixture
def tls_broker(tmp_path):
    need_mosquitto()
    folder = tmp_path / "tls-broker"
    folder.mkdir()
    b = Broker(folder, tls=make_certificates(tmp_path / "certs"))
    yield b
    b.close()


def test_a_screen_with_the_venues_ca_follows_over_tls_one_without_it_is_refused(tls_broker, tmp_path):
    observer = Observer(tls_broker)
    screens = Screens(tmp_path / "screens", tls_broker)
    try:
        screens.follower("secure", url=tls_broker.tls_url, broker_ca_file=str(tmp_path / "certs" / "ca.crt"))
        observer.wait_for_screen("secure", online=True)
        screens.follower("stranger", url=tls_broker.tls_url)  # the system's CAs do not know the venue's
        screens.output["stranger"].wait_for("certificate verify failed")
        assert observer.status("stranger") is None
    finally:
        screens.close()
        observer.close()
