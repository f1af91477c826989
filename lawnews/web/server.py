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
    import uvicorn

    from .app import create_app

    app = create_app(index_dir, time_limit=time_limit)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                           access_log=False, server_header=False))

    def when_listening() -> None:
        while not server.started:
            if server.should_exit:
                return
            time.sleep(0.05)
        bound = _bound_port(server) or port
        url = url_of(host, bound)
        announce(url)
        if open_browser:
            webbrowser.open(url)

    threading.Thread(target=when_listening, daemon=True, name="lawnews-web-announce").start()
    server.run()


def _bound_port(server: Any) -> int | None:
    for s in getattr(server, "servers", ()):
        for sock in getattr(s, "sockets", ()):
            return sock.getsockname()[1]
    return None
