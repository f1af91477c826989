"""Running the web app with uvicorn: ``lawnews serve``.

In: an index directory, a host and a port (0: any free port), whether to open a
browser. Out: a server that runs until Ctrl-C; ``announce(url)`` is called once it
listens (the command line prints the address there).
"""

from __future__ import annotations

import ipaddress
import threading
import time
import webbrowser
from pathlib import Path
from typing import Any, Callable

LOCAL_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine alone (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run(index_dir: "str | Path", *, host: str = "127.0.0.1", port: int = 8080, open_browser: bool = False,
        time_limit: float = 10.0, announce: Callable[[str], None] = print) -> None:
    """Serve the app over ``index_dir`` until interrupted."""
    server = make_server(index_dir, host=host, port=port, time_limit=time_limit)
    when_listening(server, host, port, announce, open_browser)
    server.run()


def make_server(index_dir: "str | Path", *, host: str = "127.0.0.1", port: int = 8080,
                time_limit: float = 10.0) -> Any:
    """A uvicorn server of the app (not yet running)."""
    import uvicorn

    from .app import create_app

    app = create_app(index_dir, time_limit=time_limit)
    return uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                         access_log=False, server_header=False))


def when_listening(server: Any, host: str, port: int, announce: Callable[[str], None],
                   open_browser: bool = False) -> threading.Thread:
    """A thread that waits until ``server`` listens, then announces its address (and
    opens it in the web browser)."""

    def wait() -> None:
        while not server.started:
            if server.should_exit:
                return
            time.sleep(0.05)
        url = url_of(host, _bound_port(server) or port)
        announce(url)
        if open_browser:
            webbrowser.open(url)

    thread = threading.Thread(target=wait, daemon=True, name="lawnews-web-announce")
    thread.start()
    return thread


def _bound_port(server: Any) -> int | None:
    for s in getattr(server, "servers", ()):
        for sock in getattr(s, "sockets", ()):
            return sock.getsockname()[1]
    return None
