"""Running the web app with uvicorn: ``lawnews serve``.

In: an index directory, a host and a port (0: any free port), whether to open a
browser. Out: a server that runs until Ctrl-C; ``announce(url)`` is called once it
listens (the command line prints the address there).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import webbrowser
from pathlib import Path
from typing import Any, Callable

from ..errors import LawNewsError

LOCAL_NAMES = ("localhost",)

#: The longest request head (address and headers) read, in bytes: a query pasted from a
#: page makes an address of hundreds of kilobytes (a Chinese character is nine bytes
#: escaped), and browsers send addresses up to 2 MB. Longer ones are refused by the
#: server before the app sees them.
MAX_REQUEST_HEAD = 4 * 1024 * 1024


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
    """Serve the app over ``index_dir`` until interrupted (Ctrl-C ends it normally);
    LawNewsError if ``host`` and ``port`` cannot be listened on (the port in use, say), and
    InvalidArgumentError for a ``time_limit`` no call can be given (:func:`.worker.time_limit_of`)."""
    server = make_server(index_dir, host=host, port=port, time_limit=time_limit)  # a bad time limit: before listening
    sock = listening_socket(host, port)
    when_listening(server, host, port, announce, open_browser)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn raises Ctrl-C's signal again once it has shut down: the normal end
        pass


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host`` and ``port``, for the server to listen on."""
    name = host.strip("[]")
    sock = socket.socket(socket.AF_INET6 if ":" in name else socket.AF_INET, socket.SOCK_STREAM)  # as uvicorn
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((name, port))
    except socket.gaierror as e:
        sock.close()
        raise LawNewsError(f"cannot listen on {host}: {e.strerror or e}") from None
    except OSError as e:
        sock.close()
        raise LawNewsError(f"cannot listen on {host} port {port}: {e.strerror or e}; another program may"
                           " be using it (--port 0 takes any free port)") from None
    return sock


def make_server(index_dir: "str | Path", *, host: str = "127.0.0.1", port: int = 8080,
                time_limit: float = 10.0) -> Any:
    """A uvicorn server of the app (not yet running). On a loopback ``host`` it answers
    only requests addressed to this machine (see :mod:`.app`)."""
    import uvicorn

    from .app import create_app

    app = create_app(index_dir, time_limit=time_limit, local_only=is_loopback(host))
    return uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                         access_log=False, server_header=False, http="h11",
                                         h11_max_incomplete_event_size=MAX_REQUEST_HEAD))


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
