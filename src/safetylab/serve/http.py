"""Small pieces every safetylab HTTP server shares.

A request-size limit and an optional bearer token (both plain ASGI middleware, so they run before any
body is parsed), errors in OpenAI's `{"error": {...}}` shape, and a uvicorn server run in a background
thread on a free loopback port, for tests, benches and notebooks.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from safetylab.core.errors import SafetylabError
from safetylab.core.net import is_loopback

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK = "127.0.0.1"


def error_body(message: str, type: str = "invalid_request_error", param: str | None = None,
               code: str | None = None) -> dict[str, Any]:
    """OpenAI's error shape, which its clients parse into `APIStatusError.message`."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def error_response(status: int, message: str, type: str = "invalid_request_error", param: str | None = None,
                   code: str | None = None, headers: dict[str, str] | None = None) -> Any:
    from fastapi.responses import JSONResponse

    return JSONResponse(error_body(message, type, param, code), status_code=status, headers=headers)


async def _send_error(send: Send, status: int, message: str, type: str,
                      headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    import orjson

    body = orjson.dumps(error_body(message, type))
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a body without Content-Length grows past the limit."""

    def __init__(self, max_bytes: int):
        super().__init__(413, f"request body is larger than {max_bytes} bytes")


class RequestSizeLimit:
    """Answers 413 to bodies over `max_bytes`, by Content-Length or by counting a chunked upload."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return await _send_error(send, 413, f"request body is larger than {self.max_bytes} bytes",
                                     "request_too_large")
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise BodyTooLarge(self.max_bytes)
            return message

        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as e:  # the app did not turn it into a response itself
            if not started:
                await _send_error(send, 413, str(e.detail), "request_too_large")


class BearerAuth:
    """Requires `Authorization: Bearer <token>` on every path but `open_paths` (health checks)."""

    def __init__(self, app: ASGIApp, token: str, open_paths: Iterable[str] = ("/health",)):
        self.app, self.token, self.open_paths = app, token.encode(), frozenset(open_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.open_paths:
            return await self.app(scope, receive, send)
        if not bearer_ok(dict(scope["headers"]).get(b"authorization", b""), self.token):
            return await _send_error(send, 401, "missing or wrong API key (send 'Authorization: Bearer KEY')",
                                     "authentication_error", [(b"www-authenticate", b"Bearer")])
        await self.app(scope, receive, send)


def bearer_ok(authorization: bytes, token: bytes) -> bool:
    """Whether an Authorization header value carries `token` (compared in constant time)."""
    scheme, _, given = authorization.partition(b" ")
    return scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), token)


def may_see_details(request: Any, api_key: str | None) -> bool:
    """Whether /health may show what is served (model name, guard identity, which can hold a weights
    path): always without a key; with one, only to a caller that sends it. Status and counters are open."""
    return api_key is None or bearer_ok(request.headers.get("authorization", "").encode(), api_key.encode())


def api_key_from_env(env_name: str | None) -> str | None:
    """The server's API key from the named variable (never from argv, where `ps` would show it)."""
    if env_name is None:
        return None
    key = os.environ.get(env_name)
    if not key:
        raise SafetylabError(f"--api-key-env {env_name}: the environment variable {env_name} is not set")
    return key


def server_api_key(env_name: str | None, host: str, what: str) -> str | None:
    """The API key for a CLI-started server; warns when it listens beyond loopback without one."""
    key = api_key_from_env(env_name)
    if not is_loopback(host) and key is None:
        from rich.console import Console

        Console(stderr=True).print(f"[yellow]warning:[/] binding {host} without --api-key-env: anyone who can "
                                   f"reach this port can use the {what}", highlight=False)
    return key


def serve_forever(app: Any, host: str, port: int, banner: str, close: Any) -> None:
    """Run a CLI-started server until interrupted, then free what it served (`close()`)."""
    import uvicorn
    from rich.console import Console

    Console(stderr=True).print(banner, highlight=False)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        close()


def secure_app(app: Any, *, max_request_bytes: int, api_key: str | None = None) -> Any:
    """Wrap a FastAPI app with the size limit, the token check and OpenAI-shaped error handlers."""
    install_error_handlers(app)
    app.add_middleware(RequestSizeLimit, max_bytes=max_request_bytes)
    if api_key:
        app.add_middleware(BearerAuth, token=api_key)
    return app


def install_error_handlers(app: Any) -> None:
    """Validation and HTTP errors as `{"error": {message, type, param}}`; bad JSON and bad fields → 400."""
    from fastapi.exceptions import RequestValidationError
    from pydantic import ValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Any, exc: RequestValidationError) -> Any:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return error_response(400, f"request body is not valid JSON: {first.get('ctx', {}).get('error', '')}")
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        field = ".".join(loc) or None
        messages = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
            for e in errors)
        return error_response(400, f"invalid request: {messages}", param=field)

    @app.exception_handler(HTTPException)
    async def _http(request: Any, exc: HTTPException) -> Any:
        type_ = {404: "not_found_error", 413: "request_too_large"}.get(exc.status_code, "invalid_request_error")
        return error_response(exc.status_code, str(exc.detail), type_, headers=getattr(exc, "headers", None))

    @app.exception_handler(ValidationError)
    async def _settings(request: Any, exc: ValidationError) -> Any:  # settings the request combined badly
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ())) or None
        return error_response(400, f"invalid request: {field or 'body'}: {first.get('msg', exc)}", param=field)

    @app.exception_handler(Exception)
    async def _bug(request: Any, exc: Exception) -> Any:  # a bug still answers in the documented format
        return error_response(500, f"internal error: {type(exc).__name__}: {exc}", "server_error")


def free_port(host: str = LOOPBACK) -> int:
    """A port that was free a moment ago (for subprocess servers that need the number up front)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class BackgroundServer:
    """Runs an ASGI app with uvicorn in a daemon thread; `url` is known once `start()` returns.

    Port 0 (the default) lets the OS pick a free port, so parallel tests never collide.
    """

    def __init__(self, app: Any, host: str = LOOPBACK, port: int = 0, log_level: str = "warning"):
        import uvicorn

        self.config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on")
        self.server = uvicorn.Server(self.config)
        self._thread: threading.Thread | None = None
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> BackgroundServer:
        self._thread = threading.Thread(target=lambda: asyncio.run(self.server.serve()), daemon=True,
                                        name="safetylab-http")
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise SafetylabError(f"HTTP server on {self.config.host} did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
