import contextlib
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".html"})


@pytest.fixture
def corpus() -> list[Path]:
    return corpus_files()


@contextlib.contextmanager
def serving(handler, settings):
    """A local HTTP server for `handler`, reachable by the fetcher only through the explicit
    test allowance (FETCH_ALLOW_PRIVATE_HOSTS); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"127.0.0.1:{server.server_port}"
    settings.FETCH_ALLOW_PRIVATE_HOSTS = [host]
    try:
        yield f"http://{host}"
    finally:
        server.shutdown()
