"""The headless Chromium the browser tests drive, started again when a test finds it dead.

In: Debian's ``/usr/bin/chromium`` and ``/usr/bin/chromedriver`` and a temporary
home folder for the browser's own files. Out: :class:`Chromium`, whose
:meth:`~Chromium.driver` is a Selenium driver that answered just now. Under load the
browser (or its renderer, the tab) can go away between two tests; the next test that
asks for the driver then gets a freshly started browser, once — a browser that dies
during a test still fails that test, and one that cannot be started again fails the
test asking for it. Selenium is never allowed to fetch a driver or a browser: without
them the tests are skipped with advice, and with ``CI`` set they fail.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver",)
MISSING = "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) and selenium"
#: Seconds a page may take to load, or a page change to happen.
WAIT = 20


def first_executable(paths: tuple[str, ...]) -> str | None:
    return next((p for p in paths if os.access(p, os.X_OK)), None)


def unavailable(reason: str) -> None:
    """Skip the test with advice on what to install, or fail it when ``CI`` is set."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}; {MISSING}")
    pytest.skip(f"{reason}: {MISSING}")


def alive(driver) -> bool:
    """Whether the browser and its tab answer: the page's title needs the renderer, so a
    crashed tab ("tab crashed") is dead too, as a closed browser ("invalid session id")
    and a driver process that is gone (a refused connection) are."""
    from selenium.common.exceptions import WebDriverException
    from urllib3.exceptions import HTTPError

    try:
        driver.title
    except (WebDriverException, HTTPError, OSError):
        return False
    return True


class Chromium:
    """One headless Chromium for the tests of a module; :meth:`quit` ends it."""

    def __init__(self, home: Path) -> None:
        if importlib.util.find_spec("selenium") is None:
            unavailable("selenium is not installed")
        self.binary, self.driver_path = first_executable(CHROMIUM), first_executable(CHROMEDRIVER)
        if not self.binary or not self.driver_path:
            unavailable("no chromium or chromedriver in /usr/bin")
        self.home = home
        self.starts = 0
        self._driver = None
        os.environ["SE_OFFLINE"] = "true"

    def driver(self):
        """The running browser's driver; a browser found dead is replaced by a new one."""
        if self._driver is not None and not alive(self._driver):
            print(f"Chromium was found dead (start {self.starts}); starting it again", file=sys.stderr)
            self._end()
        if self._driver is None:
            self._driver = self._start()
        return self._driver

    def quit(self) -> None:
        self._end()
        os.environ.pop("SE_OFFLINE", None)

    def _start(self):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.starts += 1
        options = webdriver.ChromeOptions()
        options.binary_location = self.binary
        # each start has a profile of its own: a killed browser leaves its profile locked
        profile = self.home / f"profile-{self.starts}"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-breakpad",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", f"--user-data-dir={profile}"):
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # the browser's own files go to the temporary home; Selenium Manager stays offline
        env = {**os.environ, "HOME": str(self.home), "SE_OFFLINE": "true"}
        driver = webdriver.Chrome(service=Service(executable_path=self.driver_path, env=env), options=options)
        driver.set_page_load_timeout(WAIT)
        return driver

    def _end(self) -> None:
        driver, self._driver = self._driver, None
        if driver is None:
            return
        driver.quit()  # stops chromedriver also when the browser is gone already
