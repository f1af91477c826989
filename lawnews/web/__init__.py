"""``lawnews serve``: a read-only web app over an index (search, facets, articles,
trends), every page with a JSON twin.

It is a thin layer over :mod:`lawnews.api`, as the command line is: :mod:`.params`
reads a page's parameters, :mod:`.worker` makes the one library call (in a worker
process, stopped past a time limit), :mod:`.render` and the Jinja2 templates turn
the answer into escaped HTML, :mod:`.charts` draws charts as SVG, :mod:`.app` ties
routes, safety headers and error pages together and :mod:`.server` runs it with
uvicorn. The web stack is imported only by ``lawnews serve``.
"""

from .app import create_app

__all__ = ["create_app"]
