from safetylab.core.net import is_loopback


def test_loopback_names_and_addresses() -> None:
    assert all(map(is_loopback, ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.8.0.1", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "10.0.0.1", "example.com", "localhost.example.com", ""]))
